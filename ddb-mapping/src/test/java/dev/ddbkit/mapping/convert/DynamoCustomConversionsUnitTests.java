package dev.ddbkit.mapping.convert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.test.TestBackend;
import org.junit.jupiter.api.Test;

import org.springframework.core.convert.converter.Converter;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoCustomConversionsUnitTests {

	@Test
	void storesAnApplicationTypeThroughItsConvertersAndReadsItBack() {
		DynamoCustomConversions conversions = new DynamoCustomConversions(
				List.of(new MoneyToString(), new StringToMoney()));
		DynamoMappingContext context = new DynamoMappingContext();
		context.setCustomConversions(conversions);
		context.setDefaultTableName("money-" + System.nanoTime());
		context.setInitialEntitySet(Set.of(Invoice.class));
		context.initialize();
		context.createTableRequests().forEach(TestBackend.ENGINE.client()::createTable);
		DynamoTemplate template = new DynamoTemplate(TestBackend.ENGINE.client(),
				new DynamoConverter(context, conversions));
		Invoice invoice = new Invoice("i1", new Money(new BigDecimal("12.50"), "BRL"),
				List.of(new Money(BigDecimal.ONE, "USD")));
		template.save(invoice);
		Map<String, AttributeValue> item = template.getClient()
			.getItem((r) -> r.tableName(context.getDefaultTableName())
				.key(Map.of("PK", AttributeValue.fromS("INVOICE#i1"), "SK", AttributeValue.fromS("Invoice"))))
			.item();
		assertThat(item.get("total").s()).isEqualTo("12.50 BRL");
		assertThat(item.get("fees").l()).containsExactly(AttributeValue.fromS("1 USD"));
		assertThat(template.findById(Invoice.class, "i1")).contains(invoice);
	}

	@DynamoEntity
	@PartitionKey("INVOICE#{invoiceId}")
	record Invoice(String invoiceId, Money total, List<Money> fees) {
	}

	record Money(BigDecimal amount, String currency) {
	}

	static class MoneyToString implements Converter<Money, String> {

		@Override
		public String convert(Money money) {
			return money.amount().toPlainString() + " " + money.currency();
		}

	}

	static class StringToMoney implements Converter<String, Money> {

		@Override
		public Money convert(String text) {
			int space = text.indexOf(' ');
			return new Money(new BigDecimal(text.substring(0, space)), text.substring(space + 1));
		}

	}

}
