package dev.ddbkit.bench;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The plain Enhanced Client bean of the mapping workloads: what a service writes without
 * ddbkit, keys computed by hand into {@code PK}/{@code SK}.
 */
@DynamoDbBean
public class BenchCustomerBean {

	private @Nullable String pk;

	private @Nullable String sk;

	private @Nullable String customerId;

	private @Nullable String name;

	private @Nullable String email;

	private @Nullable String city;

	private @Nullable String notes;

	private int points;

	/** Customer {@code i}, the same values as {@link BenchCustomer#of(long)}. */
	public static BenchCustomerBean of(long i) {
		BenchCustomer customer = BenchCustomer.of(i);
		BenchCustomerBean bean = new BenchCustomerBean();
		bean.setPk("CUSTOMER#" + customer.customerId());
		bean.setSk("PROFILE");
		bean.setCustomerId(customer.customerId());
		bean.setName(customer.name());
		bean.setEmail(customer.email());
		bean.setCity(customer.city());
		bean.setNotes(customer.notes());
		bean.setPoints(customer.points());
		return bean;
	}

	@DynamoDbPartitionKey
	@DynamoDbAttribute("PK")
	public @Nullable String getPk() {
		return this.pk;
	}

	public void setPk(@Nullable String pk) {
		this.pk = pk;
	}

	@DynamoDbSortKey
	@DynamoDbAttribute("SK")
	public @Nullable String getSk() {
		return this.sk;
	}

	public void setSk(@Nullable String sk) {
		this.sk = sk;
	}

	public @Nullable String getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(@Nullable String customerId) {
		this.customerId = customerId;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	public int getPoints() {
		return this.points;
	}

	public void setPoints(int points) {
		this.points = points;
	}

}
