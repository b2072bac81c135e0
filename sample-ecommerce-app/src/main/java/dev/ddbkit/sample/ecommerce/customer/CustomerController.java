package dev.ddbkit.sample.ecommerce.customer;

import dev.ddbkit.sample.ecommerce.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer profiles over HTTP.
 */
@RestController
class CustomerController {

	private final CustomerRepository customers;

	CustomerController(CustomerRepository customers) {
		this.customers = customers;
	}

	@GetMapping("/customers/{customerId}")
	Customer customer(@PathVariable String customerId) {
		return this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
	}

}
