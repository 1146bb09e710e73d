package no.planvakt.format.sosi;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * A streaming SOSI tokenizer that reports the dot hierarchy as start/end events, one value at a time.
 *
 * <p>Why not the nvdb sosi-reader's parser: it streams and handles the SOSI syntax well (Planvakt used
 * it first, and it still supplies the SOSI character sets), but it ran at 5–8 MB/s on plan-like files
 * (a BigDecimal and several objects per number), which makes a 300 MB file take a minute. This lexer
 * works on a reused line buffer and parses integers without allocating, which is what coordinate
 * lines need. It knows only what plan files use: levels ({@code ..NAME}, also mid-line as in
 * {@code 123 456 ...KP 1}), serial numbers ({@code .KURVE 12:}), numbers, bare and quoted strings,
 * {@code :ref} values with islands in parentheses, {@code !} comments, {@code *} and {@code @}, and
 * {@code .SLUTT}. A file that ends before {@code .SLUTT} raises {@link Truncated}.
 */
final class SosiLexer {
    enum Event {
        START_HEAD,
        END_HEAD,
        START_ELEMENT,
        END_ELEMENT,
        VALUE_SERNO,
        VALUE_NUMBER,
        VALUE_STRING,
        VALUE_REF,
        START_REF_ISLAND,
        END_REF_ISLAND,
        VALUE_UNSPECIFIED,
        END
    }

    /** The file ended before {@code .SLUTT}. */
    static final class Truncated extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long line;

        Truncated(long line) {
            super("end of file before .SLUTT", null, false, false);
            this.line = line;
        }
    }

    private final Reader reader;
    private final char[] buf = new char[1 << 16];
    private int bufPos;
    private int bufLen;
    private boolean eof;

    private char[] line = new char[256];
    private int lineLen;
    private int pos;
    private long lineNo;
    private boolean lineLoaded;

    // Element nesting: names of open elements by level (1 = group).
    private final String[] open = new String[64];
    private int depth;
    // Events waiting to be handed out after an element start has closed deeper elements.
    private int pendingEnds;
    private String pendingName;
    private int pendingLevel;
    private boolean ended;

    // The current value.
    private int tokStart;
    private int tokLen;
    private String text;
    private boolean integral;
    private long longValue;

    SosiLexer(Reader reader) {
        this.reader = reader;
    }

    long line() {
        return lineNo;
    }

    boolean hasNext() {
        return !ended;
    }

    Event next() {
        text = null;
        if (pendingEnds > 0) {
            pendingEnds--;
            String closing = open[depth--];
            return depth == 0 && "HODE".equals(closing) ? Event.END_HEAD : Event.END_ELEMENT;
        }
        if (pendingName != null) {
            String name = pendingName;
            pendingName = null;
            if (name.equals("SLUTT") && pendingLevel == 1) {
                ended = true;
                return Event.END;
            }
            open[++depth] = name;
            text = name;
            return depth == 1 && name.equals("HODE") ? Event.START_HEAD : Event.START_ELEMENT;
        }
        while (true) {
            if (!lineLoaded || pos >= lineLen) {
                if (!readLine()) {
                    throw new Truncated(lineNo);
                }
                continue;
            }
            char c = line[pos];
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u001a') {
                pos++;
                continue;
            }
            if (c == '!') {
                pos = lineLen;
                continue;
            }
            if (c == '.' && isLevel()) {
                return element();
            }
            if (c == '"' || c == '\'') {
                int end = pos + 1;
                while (end < lineLen && line[end] != c) {
                    end++;
                }
                tokStart = pos + 1;
                tokLen = end - tokStart;
                pos = Math.min(lineLen, end + 1);
                integral = false;
                return Event.VALUE_STRING;
            }
            if (c == '(') {
                pos++;
                return Event.START_REF_ISLAND;
            }
            if (c == ')') {
                pos++;
                return Event.END_REF_ISLAND;
            }
            int start = pos;
            while (pos < lineLen && !isBreak(line[pos])) {
                pos++;
            }
            tokStart = start;
            tokLen = pos - start;
            return classify();
        }
    }

    /** A '.' at the token start followed by more dots and a name (not a number like ".5"). */
    private boolean isLevel() {
        int i = pos;
        while (i < lineLen && line[i] == '.') {
            i++;
        }
        return i < lineLen
                && !Character.isDigit(line[i])
                && !Character.isWhitespace(line[i])
                && (pos == 0 || line[pos - 1] != '-');
    }

    private Event element() {
        int level = 0;
        while (pos < lineLen && line[pos] == '.') {
            level++;
            pos++;
        }
        int start = pos;
        while (pos < lineLen && !isBreak(line[pos])) {
            pos++;
        }
        String name = new String(line, start, pos - start);
        if (level >= open.length) {
            throw new IllegalArgumentException("line " + lineNo + ": more than " + (open.length - 1) + " levels");
        }
        // Close every open element at this level or deeper, then open the new one.
        pendingEnds = Math.max(0, depth - level + 1);
        pendingName = name;
        pendingLevel = level;
        if (level > depth + 1) {
            // "...KP" directly under a group line with no "..": treat as one level deeper than what is open.
            pendingLevel = depth + 1;
        }
        return next();
    }

    private Event classify() {
        char first = line[tokStart];
        char last = line[tokStart + tokLen - 1];
        if (depth == 1 && pendingEnds == 0 && last == ':' && tokLen > 1) {
            tokLen--;
            integral = false;
            return Event.VALUE_SERNO;
        }
        if (first == ':' && tokLen > 1) {
            tokStart++;
            tokLen--;
            parseNumber();
            return Event.VALUE_REF;
        }
        if (tokLen == 1 && (first == '*' || first == '@' || first == '&')) {
            return Event.VALUE_UNSPECIFIED;
        }
        return parseNumber() ? Event.VALUE_NUMBER : Event.VALUE_STRING;
    }

    /** Parses the token as a number; integers without allocating. */
    private boolean parseNumber() {
        int i = tokStart;
        int end = tokStart + tokLen;
        boolean negative = false;
        if (line[i] == '-' || line[i] == '+') {
            negative = line[i] == '-';
            i++;
        }
        if (i >= end) {
            integral = false;
            return false;
        }
        long v = 0;
        int digits = 0;
        while (i < end && line[i] >= '0' && line[i] <= '9' && digits < 18) {
            v = v * 10 + (line[i] - '0');
            i++;
            digits++;
        }
        if (i == end && digits > 0) {
            integral = true;
            longValue = negative ? -v : v;
            return true;
        }
        integral = false;
        // Only number-like tokens are tried as decimals: a failed parse costs an exception per word.
        for (int k = tokStart; k < end; k++) {
            char ch = line[k];
            if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != '-' && ch != '+' && ch != 'e' && ch != 'E') {
                return false;
            }
        }
        try {
            Double.parseDouble(getString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\t' || c == '!' || c == '(' || c == ')' || c == '"' || c == '\f';
    }

    String getString() {
        if (text == null) {
            text = new String(line, tokStart, tokLen);
        }
        return text;
    }

    boolean isIntegralNumber() {
        return integral;
    }

    long getLong() {
        return integral ? longValue : (long) getDouble();
    }

    double getDouble() {
        return integral ? longValue : Double.parseDouble(getString());
    }

    /** Loads the next line into {@link #line}; false at end of input. */
    private boolean readLine() {
        lineLen = 0;
        pos = 0;
        boolean any = false;
        while (true) {
            if (bufPos >= bufLen) {
                if (eof || !fill()) {
                    if (any) {
                        lineNo++;
                        lineLoaded = true;
                        return true;
                    }
                    return false;
                }
            }
            char c = buf[bufPos++];
            any = true;
            if (c == '\n') {
                lineNo++;
                lineLoaded = true;
                return true;
            }
            if (c == '\r') {
                continue;
            }
            if (lineLen == line.length) {
                line = java.util.Arrays.copyOf(line, line.length * 2);
            }
            line[lineLen++] = c;
        }
    }

    private boolean fill() {
        try {
            int n = reader.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            bufPos = 0;
            bufLen = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
