package dev.ddbkit.sample.ecommerce.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.sample.ecommerce.web.BadRequestException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily sales view over HTTP: the {@code SALES#{date}} items of a date range, read by
 * key with BatchGetItem (100 keys per request), days without sales left out.
 */
@RestController
class SalesController {

	static final int MAX_DAYS = 1000;

	private final DynamoOperations operations;

	SalesController(DynamoOperations operations) {
		this.operations = operations;
	}

	@GetMapping("/sales/daily")
	SalesReport daily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days < 1 || days > MAX_DAYS) {
			throw new BadRequestException("from must not be after to, and the range at most " + MAX_DAYS + " days");
		}
		List<LocalDate> keys = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			keys.add(day);
		}
		List<DailySales> sales = this.operations.batchGet(DailySales.class, keys)
			.stream()
			.filter((day) -> day.getOrders() != 0 || day.getItems() != 0)
			.toList();
		return new SalesReport(from, to, sales.stream().mapToLong(DailySales::getOrders).sum(),
				sales.stream().mapToLong(DailySales::getItems).sum(),
				sales.stream().map(DailySales::getItemsTotal).reduce(BigDecimal.ZERO, BigDecimal::add),
				sales.stream().map(DailySales::getFreightTotal).reduce(BigDecimal.ZERO, BigDecimal::add), sales);
	}

	/**
	 * Sales of a date range.
	 *
	 * @param from the first day
	 * @param to the last day
	 * @param orders orders placed in the range
	 * @param items items sold
	 * @param itemsTotal their price, BRL
	 * @param freightTotal their freight, BRL
	 * @param days the days with sales, in date order
	 */
	record SalesReport(LocalDate from, LocalDate to, long orders, long items, BigDecimal itemsTotal,
			BigDecimal freightTotal, List<DailySales> days) {
	}

}
