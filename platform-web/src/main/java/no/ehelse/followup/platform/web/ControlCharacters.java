package no.ehelse.followup.platform.web;

/**
 * The rule for text the APIs accept: tab and line breaks are allowed, every other control character
 * (C0, DEL, C1) and an unpaired surrogate is refused. PostgreSQL cannot store NUL at all, and the
 * other controls only ever arrive by mistake or in an attack on whoever displays the text later.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Why the text is refused, naming the first offending character, or null when it is acceptable. */
    public static String problemIn(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (%s) at position %d; text must be valid Unicode"
                        .formatted(codePoint(c), i + 1);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains the control character %s at position %d; text may hold tabs and line breaks "
                        .formatted(codePoint(c), i + 1) + "but no other control characters";
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return "U+%04X".formatted((int) c);
    }
}
