package dev.ddbkit.sample.ecommerce;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import dev.ddbkit.engine.capacity.TableDiagnostics;
import dev.ddbkit.engine.capacity.UsageWindow;
import dev.ddbkit.sample.ecommerce.load.HotCustomerScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives {@code /index.html} in headless Chromium as a person would: types a customer id,
 * reads the orders table, opens the newest order and reads its detail, all checked
 * against the shipped CSV files; after a burst of hot-customer writes reads the partition
 * heat map against the engine's diagnostics. Saves screenshots to
 * {@code target/screenshots/}. Skipped, with the reason, when Chromium or chromedriver is
 * not installed (run {@code scripts/install-browser.sh}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SampleEcommerceBrowserTests {

	private static final List<Map<String, String>> ORDERS = OlistCsvFiles.read("olist_orders_dataset.csv");

	private static final List<Map<String, String>> CUSTOMERS = OlistCsvFiles.read("olist_customers_dataset.csv");

	private static final List<Map<String, String>> ITEMS = OlistCsvFiles.read("olist_order_items_dataset.csv");

	private static final List<Map<String, String>> PAYMENTS = OlistCsvFiles.read("olist_order_payments_dataset.csv");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	private int port;

	@Autowired
	private HotCustomerScenario scenario;

	@Autowired
	private DynamoEngine engine;

	@TempDir
	private Path profile;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
		Optional<Path> driver = executable("chromedriver");
		assumeTrue(chromium.isPresent() && driver.isPresent(),
				"Chromium and chromedriver are not installed (run scripts/install-browser.sh): chromium=" + chromium
						+ ", chromedriver=" + driver);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,1024", "--user-data-dir=" + this.profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aPersonLooksUpACustomersOrdersAndOpensTheNewestOne() throws IOException {
		Map<String, String> personByCustomerId = CUSTOMERS.stream()
			.collect(Collectors.toMap((row) -> row.get("customer_id"), (row) -> row.get("customer_unique_id")));
		Map<String, List<Map<String, String>>> ordersByPerson = ORDERS.stream()
			.collect(Collectors.groupingBy((row) -> personByCustomerId.get(row.get("customer_id"))));
		String person = ordersByPerson.entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<String, List<Map<String, String>>> entry) -> entry.getValue().size())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.orElseThrow()
			.getKey();
		List<String> expectedOrders = ordersByPerson.get(person)
			.stream()
			.sorted(Comparator.comparing((Map<String, String> row) -> row.get("order_purchase_timestamp"))
				.thenComparing((row) -> row.get("order_id"))
				.reversed())
			.map((row) -> row.get("order_id"))
			.toList();
		Map<String, String> newest = ORDERS.stream()
			.filter((row) -> row.get("order_id").equals(expectedOrders.get(0)))
			.findFirst()
			.orElseThrow();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));

		this.browser.get("http://127.0.0.1:" + this.port + "/index.html");
		this.browser.findElement(By.id("customer-id")).sendKeys(person);
		this.browser.findElement(By.id("show-orders")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer")));

		assertThat(this.browser.findElement(By.id("customer-title")).getText()).isEqualTo("Customer " + person);
		List<WebElement> links = this.browser.findElements(By.cssSelector("#orders a.order-link"));
		assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(expectedOrders);

		links.get(0).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order")));

		assertThat(this.browser.findElement(By.id("order-title")).getText())
			.isEqualTo("Order " + newest.get("order_id"));
		assertThat(this.browser.findElement(By.id("fact-status")).getText()).isEqualTo(newest.get("order_status"));
		long itemCount = ITEMS.stream().filter((row) -> row.get("order_id").equals(newest.get("order_id"))).count();
		assertThat(this.browser.findElements(By.cssSelector("#items tbody tr"))).hasSize((int) itemCount);
		List<Map<String, String>> payments = PAYMENTS.stream()
			.filter((row) -> row.get("order_id").equals(newest.get("order_id")))
			.toList();
		assertThat(this.browser.findElements(By.cssSelector("#payments tbody tr"))).hasSize(payments.size());
		BigDecimal paid = payments.stream()
			.map((row) -> new BigDecimal(row.get("payment_value")))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// pt-BR currency: "R$ 1.234,56"
		String reais = String.format("%,.2f", paid).replace(',', '_').replace('.', ',').replace('_', '.');
		assertThat(this.browser.findElement(By.id("fact-paid")).getText()).contains(reais);

		Files.createDirectories(SCREENSHOTS);
		Path shot = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve("customer-orders-and-order-detail.png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void theHeatMapDrawsEveryPartitionAndMarksTheOneAHotCustomerThrottled() throws IOException {
		// a burst: 2,000 bulk orders in ten seconds under one customer key on GSI1
		assertThat(this.scenario.run(false, 2_000).throttles()).isPositive();
		TableDiagnostics diagnostics = this.engine.capacityDiagnostics("ecommerce");
		Map<String, ResourceDiagnostics> resources = new LinkedHashMap<>();
		resources.put("ecommerce", diagnostics.table());
		resources.putAll(diagnostics.globalSecondaryIndexes());
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));

		this.browser.get("http://127.0.0.1:" + this.port + "/index.html");
		WebElement map = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#heat-map[data-loaded='true']")));

		assertThat(map.findElements(By.cssSelector(".heat-resource")))
			.extracting((row) -> row.getDomAttribute("data-resource"))
			.containsExactlyInAnyOrderElementsOf(resources.keySet());
		resources.forEach((name, resource) -> {
			List<WebElement> cells = map
				.findElements(By.cssSelector(".heat-resource[data-resource='" + name + "'] .partition"));
			assertThat(cells).as(name)
				.extracting((cell) -> cell.getDomAttribute("data-partition"))
				.containsExactlyElementsOf(
						resource.partitions().stream().map((p) -> String.valueOf(p.index())).toList());
			assertThat(cells).as(name)
				.filteredOn((cell) -> cell.getDomAttribute("class").contains("throttled"))
				.extracting((cell) -> cell.getDomAttribute("data-partition"))
				.containsExactlyElementsOf(resource.partitions()
					.stream()
					.filter((partition) -> partition.windows()
						.stream()
						.mapToLong(UsageWindow::writeThrottleEvents)
						.sum() > 0)
					.map((p) -> String.valueOf(p.index()))
					.toList());
		});
		assertThat(map.findElements(By.cssSelector(".heat-resource[data-resource='GSI1'] .partition.throttled")))
			.hasSize(1);
		assertThat(map.findElement(By.cssSelector(".heat-resource[data-resource='GSI1'] .heat-keys")).getText())
			.contains("CUSTOMER#" + HotCustomerScenario.RESELLER);

		Files.createDirectories(SCREENSHOTS);
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()", map);
		Path shot = this.browser.findElement(By.id("heat")).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve("partition-heat-map.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static Optional<Path> executable(String... names) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(names)
			.flatMap((name) -> Stream.of(path.split(java.io.File.pathSeparator)).map((dir) -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
