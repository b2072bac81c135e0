package dev.ddbkit.sample.ecommerce.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarUnitTests {

	@Test
	void withoutATerminalDrawsTheFirstStepThenOneLinePerTenthEndingFull() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1000);

		for (long done = 25; done <= 1000; done += 25) {
			bar.update(done);
		}
		bar.finish();

		String[] lines = bytes.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
		assertThat(lines).hasSize(11);
		assertThat(lines[0]).startsWith("[" + ".".repeat(40) + "]").contains("  2%", "25/1000 items");
		assertThat(lines[10]).startsWith("[" + "#".repeat(40) + "]").contains("100%", "1000/1000 items");
	}

}
