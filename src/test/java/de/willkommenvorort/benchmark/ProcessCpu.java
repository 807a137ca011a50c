package de.willkommenvorort.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The processor time the app and its embedded MariaDB have used so far, in nanoseconds. */
final class ProcessCpu {

    /** Linux counts a process's time in ticks of 10 ms. */
    private static final long TICK_NANOS = 10_000_000L;

    private ProcessCpu() {
    }

    static long app() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The embedded MariaDB server's user and system time (0 where there is no /proc to read it from). */
    static long database() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                .mapToLong(ProcessCpu::ticks).sum() * TICK_NANOS;
    }

    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
