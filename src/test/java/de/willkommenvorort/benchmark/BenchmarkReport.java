package de.willkommenvorort.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What every benchmark does with a figure: print it as a BENCHMARK line and keep it in target/benchmark.txt. */
final class BenchmarkReport {

    private static final Path FILE = Path.of("target", "benchmark.txt");

    private BenchmarkReport() {
    }

    static void line(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("BENCHMARK " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heap still in use after full collections: what the app keeps alive. */
    static long liveHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
