package dev.ddbkit.engine.client;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Read-only views of engine values as SDK collections, converting each value as it is
 * read, to be handed to SDK builders only.
 * <p>
 * Why: every SDK model builder copies the maps and lists it is given (2.54:
 * {@code AttributeMapCopier}, {@code ItemListCopier}, {@code MapAttributeValueCopier},
 * {@code ListAttributeValueCopier} fill a new {@code LinkedHashMap}/{@code ArrayList}
 * through {@code size()} and {@code forEach}), so a converted map built first would be
 * thrown away at once; a 100-item Query page built two maps per item. A view is a
 * complete {@link Map}/{@link List} (iteration, lookup, equality), so a caller that keeps
 * it rather than copying still sees the right values, converted again on each access.
 */
final class SdkViews {

	private SdkViews() {
	}

	/** SDK attributes over engine values, in the same order. */
	static Map<String, AttributeValue> attributes(Map<String, Value> values) {
		return new AttributesView(values);
	}

	/** SDK attributes over an item's ({@code null} stays {@code null}). */
	static @Nullable Map<String, AttributeValue> item(@Nullable Item item) {
		return (item != null) ? new AttributesView(item.attributes()) : null;
	}

	/** SDK items over engine items, in the same order. */
	static List<Map<String, AttributeValue>> items(List<Item> items) {
		return new ItemsView(items);
	}

	/** SDK values over engine values, in the same order. */
	static List<AttributeValue> values(List<Value> values) {
		return new ValuesView(values);
	}

	private static final class AttributesView extends AbstractMap<String, AttributeValue> {

		private final Map<String, Value> values;

		AttributesView(Map<String, Value> values) {
			this.values = values;
		}

		@Override
		public int size() {
			return this.values.size();
		}

		@Override
		public boolean containsKey(Object key) {
			return this.values.containsKey(key);
		}

		@Override
		public @Nullable AttributeValue get(Object key) {
			Value value = this.values.get(key);
			return (value != null) ? ValueConverter.fromValue(value) : null;
		}

		@Override
		public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
			this.values.forEach((name, value) -> action.accept(name, ValueConverter.fromValue(value)));
		}

		@Override
		public Set<Entry<String, AttributeValue>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public int size() {
					return AttributesView.this.values.size();
				}

				@Override
				public Iterator<Entry<String, AttributeValue>> iterator() {
					Iterator<Entry<String, Value>> entries = AttributesView.this.values.entrySet().iterator();
					return new Iterator<>() {

						@Override
						public boolean hasNext() {
							return entries.hasNext();
						}

						@Override
						public Entry<String, AttributeValue> next() {
							Entry<String, Value> entry = entries.next();
							return new SimpleImmutableEntry<>(entry.getKey(),
									ValueConverter.fromValue(entry.getValue()));
						}

					};
				}

			};
		}

	}

	private static final class ItemsView extends AbstractList<Map<String, AttributeValue>> {

		private final List<Item> items;

		ItemsView(List<Item> items) {
			this.items = items;
		}

		@Override
		public Map<String, AttributeValue> get(int index) {
			return new AttributesView(this.items.get(index).attributes());
		}

		@Override
		public int size() {
			return this.items.size();
		}

	}

	private static final class ValuesView extends AbstractList<AttributeValue> {

		private final List<Value> values;

		ValuesView(List<Value> values) {
			this.values = values;
		}

		@Override
		public AttributeValue get(int index) {
			return ValueConverter.fromValue(this.values.get(index));
		}

		@Override
		public int size() {
			return this.values.size();
		}

	}

}
