package de.willkommenvorort.category;

/** A category as other features see it; its name is the translation key {@link #nameKey()}. */
public record CategoryRef(long id, String code, BuildingBlock buildingBlock) {

    public String nameKey() {
        return "category." + code;
    }
}
