package no.planvakt.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import no.planvakt.InputException;
import no.planvakt.format.InputText;
import org.springframework.web.multipart.MultipartFile;

/** An upload as a temporary file with the original extension (the readers choose the format by it). */
public final class Uploads {
    /** Name prefix of the upload copies, so {@link StaleUploads} can find those a stop left behind. */
    static final String PREFIX = "planvakt-upload-";
    /**
     * Imports hold a whole file's geometries: at most this many run at once (system property
     * {@code planvakt.maxParallelImports}, default 2), so parallel large uploads cannot together
     * exhaust the heap that one fits in; the others wait up to {@link #WAIT_SECONDS}, then get a 503.
     */
    private static final Semaphore IMPORTS = new Semaphore(Integer.getInteger("planvakt.maxParallelImports", 2), true);

    static final int WAIT_SECONDS = 120;
    /** Whether this thread already holds an import slot (a layer upload with a coverage file reads two files). */
    private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

    private Uploads() {}

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
        InputText.check("filnavnet \"" + InputText.printable(original) + "\"", original, InputText.MAX_SHORT);
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        return name.isEmpty() ? "upload" : name;
    }

    private static void acquire() {
        try {
            if (!IMPORTS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ServiceBusyException("Tjenesten leser andre opplastinger og ventet " + WAIT_SECONDS
                        + " s på tur; ingenting ble lagret. Prøv igjen om litt.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("Opplastingen ble avbrutt mens den ventet på tur; ingenting ble lagret.");
        }
        HOLDING.set(true);
    }

    public static <T> T withTempFile(MultipartFile upload, FileWork<T> work) {
        String name = fileName(upload);
        if (upload.isEmpty()) {
            throw new InputException(name + ": the uploaded file is empty");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        boolean outer = !HOLDING.get();
        if (outer) {
            acquire();
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(PREFIX, ext);
            upload.transferTo(tmp);
            return work.apply(tmp, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (outer) {
                HOLDING.set(false);
                IMPORTS.release();
            }
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
