package dev.ddbkit.sample.ecommerce.importer;

import java.io.PrintStream;

/**
 * A console progress bar: redrawn in place on a terminal, one line per tenth otherwise
 * (so logs and CI output stay readable).
 */
final class ProgressBar {

	private static final int WIDTH = 40;

	private final PrintStream out;

	private final long total;

	private final boolean terminal;

	private final long start = System.nanoTime();

	private int shownPercent = Integer.MIN_VALUE;

	ProgressBar(PrintStream out, long total) {
		this.out = out;
		this.total = Math.max(total, 1);
		this.terminal = System.console() != null;
	}

	void update(long done) {
		int percent = (int) (done * 100 / this.total);
		if (percent == this.shownPercent || (!this.terminal && percent / 10 == this.shownPercent / 10)) {
			return;
		}
		this.shownPercent = percent;
		int filled = percent * WIDTH / 100;
		double seconds = (System.nanoTime() - this.start) / 1e9;
		String line = String.format("[%s%s] %3d%% %d/%d items, %.0f items/s", "#".repeat(filled),
				".".repeat(WIDTH - filled), percent, done, this.total, (seconds > 0) ? done / seconds : 0.0);
		this.out.print(this.terminal ? "\r" + line : line + System.lineSeparator());
		this.out.flush();
	}

	void finish() {
		if (this.terminal) {
			this.out.println();
		}
	}

}
