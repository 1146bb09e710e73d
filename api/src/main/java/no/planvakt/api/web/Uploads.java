package no.planvakt.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.planvakt.InputException;
import no.planvakt.format.InputText;
import org.springframework.web.multipart.MultipartFile;

/** An upload as a temporary file with the original extension (the readers choose the format by it). */
public final class Uploads {
    private Uploads() {
    }

    public interface FileWork<T> {
        T apply(Path file, String originalName);
    }

    /**
     * The upload's own file name without any directory part, as every message names it; refused when
     * it holds a NUL character or is longer than {@link InputText#MAX_SHORT} characters.
     */
    public static String fileName(MultipartFile upload) {
        String original = upload.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return "upload";
        }
        InputText.check("the file name \"" + InputText.printable(original) + "\"", original, InputText.MAX_SHORT);
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        return name.isEmpty() ? "upload" : name;
    }

    public static <T> T withTempFile(MultipartFile upload, FileWork<T> work) {
        String name = fileName(upload);
        if (upload.isEmpty()) {
            throw new InputException(name + ": the uploaded file is empty");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("planvakt-upload-", ext);
            upload.transferTo(tmp);
            return work.apply(tmp, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
