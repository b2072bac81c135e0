package dev.ddbkit.mapping.convert;

import java.util.Collection;
import java.util.List;

import dev.ddbkit.mapping.schema.DynamoMappingContext;

import org.springframework.data.convert.CustomConversions;

/**
 * Application converters for property types ddbkit does not know, e.g. a
 * {@code Converter<Money, String>} with its {@code Converter<String, Money>}: writing
 * converters turn the type into a String, Number, Boolean or {@code byte[]} stored as S,
 * N, BOOL or B; reading converters turn it back. Standard types ({@code java.*}) keep
 * ddbkit's sort-safe forms. Register the conversions' simple types with the mapping
 * context ({@link DynamoMappingContext#setCustomConversions(DynamoCustomConversions)})
 * before it is initialized, so that such properties are scalars (usable in key templates,
 * rendered with {@code toString()} there).
 */
public class DynamoCustomConversions extends CustomConversions {

	/** No application converters. */
	public static final DynamoCustomConversions NONE = new DynamoCustomConversions(List.of());

	/**
	 * Creates the conversions.
	 * @param converters {@code Converter}, {@code GenericConverter} or
	 * {@code ConverterFactory} instances
	 */
	public DynamoCustomConversions(Collection<?> converters) {
		super(StoreConversions.of(DynamoMappingContext.SIMPLE_TYPES), converters);
	}

}
