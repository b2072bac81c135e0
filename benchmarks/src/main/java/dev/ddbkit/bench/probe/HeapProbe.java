package dev.ddbkit.bench.probe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ddbkit.bench.BenchBackend;
import dev.ddbkit.bench.BenchTable;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Memory a backend holds for a loaded table; meant to run in a fresh JVM per backend and
 * size.
 * <p>
 * Arguments: the backend name and the number of items (the benchmark items of
 * {@link BenchTable}, about 200 bytes each, with the GSI). Heap is measured after
 * repeated full GCs before and after the load; the resident set size (Linux
 * {@code VmRSS}) is measured too, because DynamoDB Local keeps its data in SQLite's
 * native memory, outside the Java heap. Prints one tab-separated line:
 * {@code heap <backend> <items> <heap delta bytes> <rss delta bytes> <load ms>}.
 */
public final class HeapProbe {

	private HeapProbe() {
	}

	public static void main(String[] args) {
		ProbeMain.run(() -> measure(args));
	}

	private static void measure(String[] args) throws Exception {
		if (args.length < 2) {
			throw new IllegalArgumentException("Usage: HeapProbe <backend> <items>");
		}
		int items = Integer.parseInt(args[1]);
		BenchBackend backend = BenchBackend.start(args[0]);
		DynamoDbClient client = backend.client();
		BenchTable.create(client, "heap");
		long heapBefore = settledHeap();
		long rssBefore = residentBytes();
		long loadStarted = System.nanoTime();
		BenchTable.load(client, "heap", items);
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
		long heapAfter = settledHeap();
		long rssAfter = residentBytes();
		System.out.println(String.join("\t", "heap", args[0], Integer.toString(items),
				Long.toString(heapAfter - heapBefore), Long.toString(rssAfter - rssBefore), Long.toString(loadMillis)));
		backend.close();
	}

	/** Heap in use after full GCs until it stops shrinking (at most five). */
	private static long settledHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long previous = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long used = memory.getHeapMemoryUsage().getUsed();
			if (used >= previous) {
				return used;
			}
			previous = used;
		}
		return previous;
	}

	/** Linux resident set size, or -1 where /proc is missing. */
	private static long residentBytes() throws IOException {
		Path status = Path.of("/proc/self/status");
		if (!Files.exists(status)) {
			return -1;
		}
		List<String> lines = Files.readAllLines(status);
		for (String line : lines) {
			if (line.startsWith("VmRSS:")) {
				String[] parts = line.trim().split("\\s+");
				return Long.parseLong(parts[1]) * 1024;
			}
		}
		return -1;
	}

}
