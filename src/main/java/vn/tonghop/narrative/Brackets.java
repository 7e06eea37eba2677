package vn.tonghop.narrative;

/** Where a figure stands among the brackets of its sentence: a total's parts are in its brackets, at one depth. */
final class Brackets {

    private Brackets() {
    }

    /** The opening bracket a position stands within, or -1. */
    static int enclosing(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Brackets opened and not closed between two places; {@link Integer#MIN_VALUE} if one closes that did not open. */
    static int opened(String text, int from, int to) {
        int d = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && --d < 0) {
                return Integer.MIN_VALUE;
            }
        }
        return d;
    }
}
