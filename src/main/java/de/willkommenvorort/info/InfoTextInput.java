package de.willkommenvorort.info;

/** A title and body as typed in the editor; both blank means "no text in this language". */
public record InfoTextInput(String title, String body) {

    public static final int TITLE_MAX = InfoText.TITLE_MAX;
    public static final int BODY_MAX = InfoText.BODY_MAX;

    public InfoTextInput {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }

    public boolean isBlank() {
        return title.isEmpty() && body.isEmpty();
    }
}
