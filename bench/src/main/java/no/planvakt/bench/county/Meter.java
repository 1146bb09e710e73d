package no.planvakt.bench.county;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Wall time, CPU time of this JVM, peak heap (sum of the heap pools' peaks, reset before each
 * phase: an upper bound that counts garbage the collector had not yet needed to clear), the
 * largest heap occupancy right after a collection (what the phase really kept: it must fit the
 * heap the JVM is given) and peak RSS of the process (reset through /proc/self/clear_refs where
 * Linux allows it).
 */
final class Meter {
    record Reading(double wallS, double cpuS, double peakHeapMb, double afterGcMb, double peakRssMb) {}

    /** The largest heap occupancy after a collection since the last reset, in bytes. */
    private static final AtomicLong AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (n, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                                GarbageCollectionNotificationInfo info =
                                        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                                long used = 0;
                                for (MemoryUsage u :
                                        info.getGcInfo().getMemoryUsageAfterGc().values()) {
                                    used += u.getUsed();
                                }
                                AFTER_GC.accumulateAndGet(used, Math::max);
                            }
                        },
                        null,
                        null);
            }
        }
    }

    record Measured<T>(T value, Reading reading) {}

    private Meter() {}

    static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        resetPeakRss();
        AFTER_GC.set(0);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        T value = work.get();
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        double heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new Measured<>(
                value,
                new Reading((t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, heap / 1e6, AFTER_GC.get() / 1e6, peakRssMb()));
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** CPU seconds (user + system) a process has used, from /proc/PID/stat; 0 where unreadable. */
    static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // Not allowed here: the peak then covers the process so far.
        }
    }

    private static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
