package dev.ddbkit.sample.ecommerce.sales;

import java.math.BigDecimal;

/**
 * A change to one day's sales, summed over the stream records of one page before it is
 * written.
 */
final class SalesDelta {

	long orders;

	long items;

	BigDecimal itemsTotal = BigDecimal.ZERO;

	BigDecimal freightTotal = BigDecimal.ZERO;

	void addOrder(int sign) {
		this.orders += sign;
	}

	void addItem(int sign, BigDecimal price, BigDecimal freight) {
		this.items += sign;
		this.itemsTotal = (sign > 0) ? this.itemsTotal.add(price) : this.itemsTotal.subtract(price);
		this.freightTotal = (sign > 0) ? this.freightTotal.add(freight) : this.freightTotal.subtract(freight);
	}

	boolean isEmpty() {
		return this.orders == 0 && this.items == 0 && this.itemsTotal.signum() == 0 && this.freightTotal.signum() == 0;
	}

}
