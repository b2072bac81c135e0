package dev.ddbkit.it.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an AWS client as a child process with a clean AWS environment: dummy credentials,
 * region us-east-1, no pager, and configuration files that do not exist, so neither the
 * user's {@code ~/.aws} nor ambient {@code AWS_*} variables change what the test sees.
 * Output goes to files (no pipe can fill up and block the child).
 */
final class ExternalCommand {

	private final Path workDirectory;

	ExternalCommand(Path workDirectory) {
		this.workDirectory = workDirectory;
	}

	/** What a finished command printed and returned. */
	record Result(List<String> command, int exitCode, String stdout, String stderr) {

		/** A description for assertion failures. */
		String describe() {
			return String.join(" ", this.command) + " -> exit " + this.exitCode + "\nstdout:\n" + this.stdout
					+ "\nstderr:\n" + this.stderr;
		}

	}

	/**
	 * Runs a command to completion.
	 * @throws IOException if the program cannot be started (for example, it is not
	 * installed)
	 * @throws IllegalStateException if it runs longer than the timeout (it is killed)
	 */
	Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
		Path stdout = Files.createTempFile(this.workDirectory, "out", ".txt");
		Path stderr = Files.createTempFile(this.workDirectory, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDirectory.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		cleanAwsEnvironment(builder.environment());
		Process process = builder.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
					+ "\nstdout:\n" + Files.readString(stdout) + "\nstderr:\n" + Files.readString(stderr));
		}
		return new Result(List.copyOf(command), process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
	}

	/**
	 * The first candidate that is an executable file: an absolute path as is, a bare name
	 * looked up on {@code PATH}; empty when none is.
	 */
	static Optional<String> locate(List<String> candidates) {
		for (String candidate : candidates) {
			if (candidate.contains("/")) {
				if (Files.isExecutable(Path.of(candidate))) {
					return Optional.of(candidate);
				}
				continue;
			}
			String path = System.getenv().getOrDefault("PATH", "");
			for (String directory : path.split(java.io.File.pathSeparator)) {
				if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, candidate))) {
					return Optional.of(Path.of(directory, candidate).toString());
				}
			}
		}
		return Optional.empty();
	}

	private void cleanAwsEnvironment(Map<String, String> environment) {
		environment.keySet().removeIf((name) -> name.startsWith("AWS_") || name.startsWith("BOTO_"));
		environment.put("AWS_ACCESS_KEY_ID", "ddbkit");
		environment.put("AWS_SECRET_ACCESS_KEY", "ddbkit");
		environment.put("AWS_DEFAULT_REGION", "us-east-1");
		environment.put("AWS_PAGER", "");
		environment.put("AWS_CONFIG_FILE", this.workDirectory.resolve("no-aws-config").toString());
		environment.put("AWS_SHARED_CREDENTIALS_FILE", this.workDirectory.resolve("no-aws-credentials").toString());
		environment.put("AWS_EC2_METADATA_DISABLED", "true");
		environment.put("PYTHONDONTWRITEBYTECODE", "1");
		environment.put("PYTHONIOENCODING", "utf-8");
	}

}
