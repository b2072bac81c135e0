package dev.ddbkit.sample.ecommerce.load;

import java.io.PrintStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --load-scenario=hot-customer} or {@code --load-scenario=hot-customer-sharded}
 * (with {@code --load-scenario.orders=<n>}, default 2,000: ten seconds at 200 a second):
 * runs the {@link HotCustomerScenario} after the sample is loaded and prints its report.
 * The application then serves as usual; its page's heat map and {@code /actuator/ddb}
 * show the partitions the run heated.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class LoadScenarioCommand implements ApplicationRunner {

	/** The command-line option naming the scenario. */
	public static final String OPTION = "load-scenario";

	private static final int DEFAULT_ORDERS = 2_000;

	private final HotCustomerScenario scenario;

	private final PrintStream console = System.out;

	private volatile @Nullable LoadReport lastReport;

	LoadScenarioCommand(HotCustomerScenario scenario) {
		this.scenario = scenario;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		String name = single(args.getOptionValues(OPTION), OPTION);
		boolean sharded = switch (name) {
			case "hot-customer" -> false;
			case "hot-customer-sharded" -> true;
			default -> throw new IllegalArgumentException(
					"--load-scenario=" + name + ": use hot-customer or hot-customer-sharded");
		};
		int orders = args.containsOption(OPTION + ".orders")
				? Integer.parseInt(single(args.getOptionValues(OPTION + ".orders"), OPTION + ".orders"))
				: DEFAULT_ORDERS;
		LoadReport report = this.scenario.run(sharded, orders);
		this.lastReport = report;
		this.console.print(report.describe());
	}

	/** The report of the last run, {@code null} before one ran. */
	public @Nullable LoadReport getLastReport() {
		return this.lastReport;
	}

	private static String single(@Nullable List<String> values, String option) {
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--" + option + " needs exactly one value");
		}
		return values.get(0);
	}

}
