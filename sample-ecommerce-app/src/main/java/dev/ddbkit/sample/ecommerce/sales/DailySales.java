package dev.ddbkit.sample.ecommerce.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

import org.springframework.data.annotation.Id;

/**
 * The sales of one purchase day ({@code PK=SALES#{date}}): orders placed, items sold and
 * their value. A date range is read by key (BatchGetItem of its days), never scanned.
 */
@DynamoEntity(type = "DailySales")
@PartitionKey("SALES#{date}")
@SortKey("SALES")
public class DailySales {

	@Id
	private LocalDate date;

	private long orders;

	private long items;

	private BigDecimal itemsTotal = BigDecimal.ZERO;

	private BigDecimal freightTotal = BigDecimal.ZERO;

	public DailySales(LocalDate date) {
		this.date = date;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public long getOrders() {
		return this.orders;
	}

	public void setOrders(long orders) {
		this.orders = orders;
	}

	public long getItems() {
		return this.items;
	}

	public void setItems(long items) {
		this.items = items;
	}

	public BigDecimal getItemsTotal() {
		return this.itemsTotal;
	}

	public void setItemsTotal(BigDecimal itemsTotal) {
		this.itemsTotal = itemsTotal;
	}

	public BigDecimal getFreightTotal() {
		return this.freightTotal;
	}

	public void setFreightTotal(BigDecimal freightTotal) {
		this.freightTotal = freightTotal;
	}

}
