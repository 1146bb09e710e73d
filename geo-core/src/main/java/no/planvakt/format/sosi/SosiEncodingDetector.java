package no.planvakt.format.sosi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vegvesen.nvdb.sosi.encoding.SosiCharsetProvider;

/**
 * Decides how to decode a SOSI file. {@code ..TEGNSETT} names the character set (default ISO8859-1),
 * but real files lie: some say UTF-8 and hold ISO-8859 bytes, some say ISO8859-10 and start with a
 * UTF-8 byte order mark, some have no TEGNSETT and hold UTF-8. So the bytes are checked too, in one
 * streaming pass over the file that keeps only a few counters: a byte order mark wins; a file that
 * is not valid UTF-8 is read as ISO-8859-1 even when the header says UTF-8; a file that is valid UTF-8
 * with multi-byte sequences is read as UTF-8 whatever the header says (ISO-8859 Norwegian text is
 * practically never valid UTF-8). Each override is a warning, so the planner learns of it.
 * The SOSI-only character sets (ISO8859-10, DOSN8, ND7, DECN7) come from the nvdb sosi-reader.
 */
final class SosiEncodingDetector {
    private static final Pattern TEGNSETT = Pattern.compile("(?m)^\\s*\\.\\.TEGNSETT\\s+([^\\s!]+)");
    private static final int HEAD_BYTES = 1 << 16;
    private static final Charset ISO_8859_1 = StandardCharsets.ISO_8859_1;

    /** @param skip bytes to skip at the start (a byte order mark) */
    record Result(Charset charset, int skip, List<String> warnings) {}

    private SosiEncodingDetector() {}

    static Result detect(Path file, String fileName) throws IOException {
        List<String> warnings = new ArrayList<>();
        byte[] head = new byte[HEAD_BYTES];
        int headLen;
        try (InputStream in = Files.newInputStream(file)) {
            headLen = in.readNBytes(head, 0, head.length);
        }
        boolean bom = headLen >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        String headText = new String(head, 0, headLen, ISO_8859_1);
        Matcher m = TEGNSETT.matcher(headText);
        String declaredName = m.find() ? m.group(1).replace("\"", "") : null;
        Charset declared = declaredName == null ? ISO_8859_1 : charsetOf(fileName, declaredName, warnings);
        String declaredLabel =
                declaredName == null ? "no ..TEGNSETT (SOSI default ISO8859-1)" : "..TEGNSETT " + declaredName;
        if (bom) {
            if (!declared.equals(StandardCharsets.UTF_8)) {
                warnings.add(fileName + ": the header says " + declaredLabel
                        + " but the file starts with a UTF-8 byte order mark; read as UTF-8");
            }
            return new Result(StandardCharsets.UTF_8, 3, warnings);
        }
        Utf8Check check = Utf8Check.scan(file);
        if (declared.equals(StandardCharsets.UTF_8) && !check.valid()) {
            warnings.add(fileName + ": the header says UTF-8 but line " + check.firstInvalidLine()
                    + " is not valid UTF-8; read as ISO8859-1 (check the æ, ø and å in names)");
            return new Result(ISO_8859_1, 0, warnings);
        }
        if (!declared.equals(StandardCharsets.UTF_8) && check.valid() && check.multiByte()) {
            warnings.add(fileName + ": the header says " + declaredLabel + " but the text is UTF-8; read as UTF-8");
            return new Result(StandardCharsets.UTF_8, 0, warnings);
        }
        return new Result(declared, 0, warnings);
    }

    static Charset charsetOf(String fileName, String sosiName, List<String> warnings) {
        String n = sosiName.toUpperCase(Locale.ROOT);
        switch (n) {
            case "UTF-8", "UTF8":
                return StandardCharsets.UTF_8;
            case "ISO8859-1", "ISO-8859-1":
                return ISO_8859_1;
            case "ANSI":
                // "ANSI" in SOSI means the Windows code page, a superset of ISO-8859-1.
                return Charset.forName("windows-1252");
            case "ISO8859-10", "ISO-8859-10", "DOSN8", "ND7", "DECN7":
                Charset c = new SosiCharsetProvider().charsetForName(n.equals("ISO8859-10") ? "ISO-8859-10" : n);
                if (c != null) {
                    return c;
                }
                break;
            default:
                break;
        }
        warnings.add(fileName + ": unknown ..TEGNSETT " + sosiName + "; read as ISO8859-1");
        return ISO_8859_1;
    }

    /** One streaming pass: is the file valid UTF-8, does it use multi-byte sequences, where is the first bad byte. */
    record Utf8Check(boolean valid, boolean multiByte, long firstInvalidLine) {
        static Utf8Check scan(Path file) throws IOException {
            byte[] buf = new byte[1 << 16];
            long line = 1;
            int pending = 0;
            boolean multi = false;
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    for (int i = 0; i < n; i++) {
                        int b = buf[i] & 0xff;
                        if (pending > 0) {
                            if ((b & 0xC0) != 0x80) {
                                return new Utf8Check(false, multi, line);
                            }
                            pending--;
                            continue;
                        }
                        if (b < 0x80) {
                            if (b == '\n') {
                                line++;
                            }
                        } else if (b >= 0xC2 && b <= 0xDF) {
                            pending = 1;
                            multi = true;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            pending = 2;
                            multi = true;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            pending = 3;
                            multi = true;
                        } else {
                            return new Utf8Check(false, multi, line);
                        }
                    }
                }
            }
            return pending == 0 ? new Utf8Check(true, multi, -1) : new Utf8Check(false, multi, line);
        }
    }
}
