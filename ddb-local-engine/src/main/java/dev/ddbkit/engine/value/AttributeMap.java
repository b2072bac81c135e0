package dev.ddbkit.engine.value;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An immutable, insertion-ordered map of a few attributes held in two arrays, for
 * {@link Item}.
 * <p>
 * Why: an item is stored for its lifetime and read whole by every Query and Scan; as an
 * unmodifiable {@code LinkedHashMap} of 7 attributes it is about 440 bytes in 11 objects
 * before its values, here about 120 bytes in 4, walked in array order. A name is found by
 * a linear scan, which for {@link #MAX_SIZE} names or fewer costs less than hashing;
 * larger items keep a {@code LinkedHashMap}.
 */
final class AttributeMap extends AbstractMap<String, Value> {

	/** The most attributes held this way. */
	static final int MAX_SIZE = 16;

	private final String[] names;

	private final Value[] values;

	/**
	 * A copy of {@code attributes}, which must have at most {@link #MAX_SIZE} entries.
	 */
	AttributeMap(Map<String, Value> attributes) {
		int size = attributes.size();
		this.names = new String[size];
		this.values = new Value[size];
		int[] next = { 0 };
		attributes.forEach((name, value) -> {
			this.names[next[0]] = name;
			this.values[next[0]++] = value;
		});
	}

	@Override
	public int size() {
		return this.names.length;
	}

	@Override
	public boolean isEmpty() {
		return this.names.length == 0;
	}

	private int indexOf(@Nullable Object name) {
		for (int i = 0; i < this.names.length; i++) {
			if (Objects.equals(this.names[i], name)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public boolean containsKey(@Nullable Object name) {
		return indexOf(name) >= 0;
	}

	@Override
	public @Nullable Value get(@Nullable Object name) {
		int i = indexOf(name);
		return (i >= 0) ? this.values[i] : null;
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super Value> action) {
		for (int i = 0; i < this.names.length; i++) {
			action.accept(this.names[i], this.values[i]);
		}
	}

	// every change is refused, present or not, as by Collections.unmodifiableMap

	@Override
	public @Nullable Value put(String name, Value value) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void putAll(Map<? extends String, ? extends Value> attributes) {
		throw new UnsupportedOperationException();
	}

	@Override
	public @Nullable Value remove(@Nullable Object name) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void clear() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void replaceAll(BiFunction<? super String, ? super Value, ? extends Value> function) {
		throw new UnsupportedOperationException();
	}

	@Override
	public @Nullable Value putIfAbsent(String name, Value value) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean remove(@Nullable Object name, @Nullable Object value) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean replace(String name, Value oldValue, Value newValue) {
		throw new UnsupportedOperationException();
	}

	@Override
	public @Nullable Value replace(String name, Value value) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Value computeIfAbsent(String name, Function<? super String, ? extends Value> function) {
		throw new UnsupportedOperationException();
	}

	@Override
	public @Nullable Value computeIfPresent(String name,
			BiFunction<? super String, ? super Value, ? extends @Nullable Value> function) {
		throw new UnsupportedOperationException();
	}

	@Override
	public @Nullable Value compute(String name,
			BiFunction<? super String, ? super @Nullable Value, ? extends @Nullable Value> function) {
		throw new UnsupportedOperationException();
	}

	@Override
	public @Nullable Value merge(String name, Value value,
			BiFunction<? super Value, ? super Value, ? extends @Nullable Value> function) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Set<Entry<String, Value>> entrySet() {
		return new EntrySet();
	}

	// names and values straight from the arrays: AbstractMap's views would make an entry
	// per element

	@Override
	public Set<String> keySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return AttributeMap.this.names.length;
			}

			@Override
			public boolean contains(@Nullable Object name) {
				return containsKey(name);
			}

			@Override
			public Iterator<String> iterator() {
				return new ArrayIterator<>(AttributeMap.this.names);
			}

		};
	}

	@Override
	public Collection<Value> values() {
		return new AbstractCollection<>() {

			@Override
			public int size() {
				return AttributeMap.this.values.length;
			}

			@Override
			public Iterator<Value> iterator() {
				return new ArrayIterator<>(AttributeMap.this.values);
			}

		};
	}

	private static final class ArrayIterator<T> implements Iterator<T> {

		private final T[] elements;

		private int next;

		ArrayIterator(T[] elements) {
			this.elements = elements;
		}

		@Override
		public boolean hasNext() {
			return this.next < this.elements.length;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.elements[this.next++];
		}

	}

	private final class EntrySet extends AbstractSet<Entry<String, Value>> {

		@Override
		public int size() {
			return AttributeMap.this.names.length;
		}

		@Override
		public Iterator<Entry<String, Value>> iterator() {
			return new Iterator<>() {

				private int next;

				@Override
				public boolean hasNext() {
					return this.next < AttributeMap.this.names.length;
				}

				@Override
				public Entry<String, Value> next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					int i = this.next++;
					return new SimpleImmutableEntry<>(AttributeMap.this.names[i], AttributeMap.this.values[i]);
				}

			};
		}

	}

}
