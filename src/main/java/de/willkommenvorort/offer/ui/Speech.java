package de.willkommenvorort.offer.ui;

/**
 * What "read aloud" says instead of what a page shows, where a voice would stumble: numbers that
 * are read digit by digit (phone numbers, postal codes), so that "36251" is not read as a thirty-six
 * thousand. Set as {@code data-speak} on the element; page.js reads it.
 */
final class Speech {

    static final String ATTRIBUTE = "data-speak";

    private Speech() {
    }

    /** "+49 6621 9142-30" → "+ 4 9, 6 6 2 1, 9 1 4 2, 3 0". */
    static String digits(String number) {
        StringBuilder spoken = new StringBuilder();
        boolean pause = false;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                if (pause && !spoken.isEmpty()) {
                    spoken.append(", ");
                } else if (!spoken.isEmpty()) {
                    spoken.append(' ');
                }
                spoken.append(c);
                pause = false;
            } else if (c == '+') {
                spoken.append(spoken.isEmpty() ? "+" : " +");
            } else if (!pause) {
                pause = true;
            }
        }
        return spoken.toString();
    }
}
