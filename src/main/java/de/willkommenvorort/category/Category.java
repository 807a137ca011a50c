package de.willkommenvorort.category;

import de.willkommenvorort.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A category newcomers browse under a building block, named by the county in each language it
 * wants (German always). A retired category is kept, because offers keep the category they had.
 */
@Entity
@Table(name = "category")
public class Category {

    public static final int CODE_MAX = 60;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "building_block", nullable = false, length = 20)
    private BuildingBlock buildingBlock;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_name", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private Map<String, String> names = new HashMap<>();

    protected Category() {
    }

    Category(String code, BuildingBlock buildingBlock) {
        this.code = code;
        this.buildingBlock = buildingBlock;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public BuildingBlock getBuildingBlock() {
        return buildingBlock;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** Places the category and names it; a language without a name is left out. */
    void describe(BuildingBlock block, int order, Map<Language, String> newNames) {
        this.buildingBlock = block;
        this.sortOrder = order;
        names.clear();
        newNames.forEach((language, name) -> names.put(language.code(), name));
    }

    public CategoryRef toRef() {
        Map<Language, String> byLanguage = new TreeMap<>();
        names.forEach((code, name) -> Language.ofCode(code).ifPresent(l -> byLanguage.put(l, name)));
        return new CategoryRef(id, code, buildingBlock, sortOrder, active, byLanguage);
    }
}
