package dev.ddbkit.mapping.convert;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.DynamoPersistentEntity;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.InstantiationAwarePropertyAccessor;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.core.TypeInformation;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts entities to DynamoDB items and back: each persistent property to one attribute
 * (nested types as Maps, collections as Lists or sets), objects created through Spring
 * Data's entity instantiators, so constructors and records bind. {@code null} properties
 * are left out of the item. Key attributes and the entity-type attribute are added by
 * {@link DynamoTableSchema}.
 * <p>
 * Source for the types: DynamoDB Developer Guide, "Supported data types and naming rules
 * in Amazon DynamoDB".
 */
public class DynamoConverter {

	private final DynamoMappingContext mappingContext;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	private final AttributeValues values = new AttributeValues(this);

	private final DynamoCustomConversions conversions;

	private final DefaultConversionService conversionService = new DefaultConversionService();

	/**
	 * Creates a converter without application converters.
	 * @param mappingContext the entities
	 */
	public DynamoConverter(DynamoMappingContext mappingContext) {
		this(mappingContext, DynamoCustomConversions.NONE);
	}

	/**
	 * Creates a converter.
	 * @param mappingContext the entities
	 * @param conversions the application's converters
	 */
	public DynamoConverter(DynamoMappingContext mappingContext, DynamoCustomConversions conversions) {
		this.mappingContext = mappingContext;
		this.conversions = conversions;
		conversions.registerConvertersIn(this.conversionService);
	}

	/**
	 * Applies an application writing converter to a value of a non-standard type.
	 * @param value the value
	 * @return the converted value, or the value itself when no converter applies
	 */
	Object customWrite(Object value) {
		Class<?> type = value.getClass();
		if (isStandard(type)) {
			return value;
		}
		Class<?> target = this.conversions.getCustomWriteTarget(type).orElse(null);
		Object converted = (target != null) ? this.conversionService.convert(value, target) : null;
		return (converted != null) ? converted : value;
	}

	/**
	 * Applies an application reading converter, if one reads the target type from this
	 * stored value.
	 * @param stored the stored scalar (String, BigDecimal, Boolean or byte[])
	 * @param target the property type
	 * @return the converted value, or {@code null} when no converter applies
	 */
	@Nullable Object customRead(Object stored, Class<?> target) {
		if (isStandard(target) || !this.conversions.hasCustomReadTarget(stored.getClass(), target)) {
			return null;
		}
		return this.conversionService.convert(stored, target);
	}

	private static boolean isStandard(Class<?> type) {
		return type.isPrimitive() || type.isArray() || type.getName().startsWith("java.");
	}

	/** The mapping context. */
	public DynamoMappingContext getMappingContext() {
		return this.mappingContext;
	}

	/**
	 * Writes an entity's properties as attributes.
	 * @param bean the entity or nested object
	 * @return attribute name to value, without {@code null} properties
	 */
	public Map<String, AttributeValue> write(Object bean) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		write(this.mappingContext.getRequiredPersistentEntity(bean.getClass()), bean, item);
		return item;
	}

	/**
	 * Writes an entity's properties as attributes into an item, in property order,
	 * replacing attributes of the same name.
	 * @param entity the bean's entity
	 * @param bean the entity or nested object
	 * @param item the item to add the attributes to; {@code null} properties add none
	 */
	public void write(DynamoPersistentEntity<?> entity, Object bean, Map<String, AttributeValue> item) {
		PersistentPropertyAccessor<?> accessor = entity.getReadAccessor(bean);
		for (DynamoPersistentProperty property : entity) {
			if (property.isTransient()) {
				continue;
			}
			Object value = accessor.getProperty(property);
			AttributeValue attribute = (value != null) ? writeProperty(property, value) : null;
			if (attribute != null) {
				item.put(property.getAttributeName(), attribute);
			}
		}
	}

	/**
	 * Converts a value to an attribute value, as a property of its type would be stored.
	 * @param value a scalar, collection, map or nested object
	 * @return the attribute value, or {@code null} for an empty set (DynamoDB stores no
	 * empty sets)
	 */
	public @Nullable AttributeValue writeValue(@Nullable Object value) {
		return (value != null) ? this.values.write(value, TypeInformation.of(value.getClass()))
				: AttributeValue.fromNul(true);
	}

	/**
	 * Converts a value as a value of the given declared type is stored.
	 * @param value the value
	 * @param type the declared type (e.g. a property's or a collection element's)
	 * @return the attribute value, or {@code null} for an empty set
	 */
	public @Nullable AttributeValue writeValue(Object value, TypeInformation<?> type) {
		return this.values.write(value, type);
	}

	/**
	 * Reads an item into an entity or nested object of the given type.
	 * @param type the class
	 * @param item the attributes
	 * @param <T> the type
	 * @return the object
	 */
	@SuppressWarnings("unchecked")
	public <T> T read(Class<T> type, Map<String, AttributeValue> item) {
		DynamoPersistentEntity<T> entity = (DynamoPersistentEntity<T>) this.mappingContext
			.getRequiredPersistentEntity(type);
		T instance = this.instantiators.getInstantiatorFor(entity)
			.createInstance(entity, new ItemParameterValueProvider(entity, item));
		PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(instance);
		for (DynamoPersistentProperty property : entity) {
			if (property.isTransient() || entity.isCreatorArgument(property)) {
				continue;
			}
			AttributeValue attribute = item.get(property.getAttributeName());
			if (attribute != null) {
				accessor.setProperty(property, readProperty(property, attribute));
			}
		}
		return accessor.getBean();
	}

	/**
	 * Reads an attribute value to the given type.
	 * @param attribute the attribute value
	 * @param type the target type
	 * @return the value, {@code null} for NULL
	 */
	public @Nullable Object readValue(AttributeValue attribute, TypeInformation<?> type) {
		return this.values.read(attribute, type);
	}

	/**
	 * Sets a property, creating a new instance when the property is immutable (records,
	 * final fields).
	 * @param bean the entity
	 * @param property the property
	 * @param value the new value
	 * @param <T> the entity type
	 * @return the entity carrying the value (the same instance when mutable)
	 */
	@SuppressWarnings("unchecked")
	public <T> T setProperty(T bean, DynamoPersistentProperty property, @Nullable Object value) {
		DynamoPersistentEntity<T> entity = (DynamoPersistentEntity<T>) this.mappingContext
			.getRequiredPersistentEntity(bean.getClass());
		PersistentPropertyAccessor<T> accessor = new InstantiationAwarePropertyAccessor<>(bean,
				entity::getPropertyAccessor, this.instantiators);
		accessor.setProperty(property, value);
		return accessor.getBean();
	}

	/**
	 * Converts a value of a property as the property is stored (time-to-live as epoch
	 * seconds, temporals sort-safe).
	 * @param property the property
	 * @param value its value
	 * @return the attribute value, or {@code null} for an empty set
	 */
	public @Nullable AttributeValue writeProperty(DynamoPersistentProperty property, Object value) {
		if (property.isTimeToLive()) {
			long seconds = (value instanceof Instant instant) ? instant.getEpochSecond() : ((Number) value).longValue();
			return AttributeValue.createN(Long.toString(seconds));
		}
		return this.values.write(value, property.getTypeInformation());
	}

	/**
	 * Reads a stored attribute as the value of a property (time-to-live epoch seconds as
	 * the property's type, temporals from their sort-safe form).
	 * @param property the property
	 * @param attribute the stored attribute value
	 * @return the value, {@code null} for NULL
	 */
	public @Nullable Object readProperty(DynamoPersistentProperty property, AttributeValue attribute) {
		if (property.isTimeToLive() && attribute.n() != null) {
			long seconds = Long.parseLong(attribute.n());
			return (property.getType() == Instant.class) ? Instant.ofEpochSecond(seconds) : seconds;
		}
		return this.values.read(attribute, property.getTypeInformation());
	}

	boolean isEntityType(Class<?> type) {
		return !this.conversions.isSimpleType(type) && !type.isArray() && !Collection.class.isAssignableFrom(type)
				&& !Map.class.isAssignableFrom(type);
	}

	private final class ItemParameterValueProvider implements ParameterValueProvider<DynamoPersistentProperty> {

		private final DynamoPersistentEntity<?> entity;

		private final Map<String, AttributeValue> item;

		ItemParameterValueProvider(DynamoPersistentEntity<?> entity, Map<String, AttributeValue> item) {
			this.entity = entity;
			this.item = item;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> @Nullable T getParameterValue(Parameter<T, DynamoPersistentProperty> parameter) {
			String name = parameter.getName();
			DynamoPersistentProperty property = (name != null) ? this.entity.getPersistentProperty(name) : null;
			if (property == null) {
				throw new IllegalStateException("Constructor parameter " + name + " of " + this.entity.getType()
						+ " has no matching property; compile with -parameters");
			}
			AttributeValue attribute = this.item.get(property.getAttributeName());
			Object value = (attribute != null) ? readProperty(property, attribute) : null;
			if (value == null && parameter.getType().getType().isPrimitive()) {
				return (T) ParameterValueProvider.getDefaultValue(parameter.getType().getType());
			}
			return (T) value;
		}

	}

}
