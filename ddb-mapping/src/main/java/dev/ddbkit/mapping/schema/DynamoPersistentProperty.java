package dev.ddbkit.mapping.schema;

import dev.ddbkit.mapping.annotation.DynamoAttribute;
import dev.ddbkit.mapping.annotation.TimeToLive;

import org.springframework.data.mapping.Association;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.AnnotationBasedPersistentProperty;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;

/**
 * A property of a DynamoDB entity: its attribute name ({@link DynamoAttribute} or the
 * property name) and its role (Spring Data {@code @Id}, {@code @Version},
 * {@code @Transient}; {@link TimeToLive}).
 */
public class DynamoPersistentProperty extends AnnotationBasedPersistentProperty<DynamoPersistentProperty> {

	// Read for every attribute of every item written or read: resolved once
	private final String attributeName;

	private final boolean timeToLive;

	/**
	 * Creates the property.
	 * @param property the Java property
	 * @param owner the entity
	 * @param simpleTypeHolder the scalar types
	 */
	public DynamoPersistentProperty(Property property, PersistentEntity<?, DynamoPersistentProperty> owner,
			SimpleTypeHolder simpleTypeHolder) {
		super(property, owner, simpleTypeHolder);
		DynamoAttribute attribute = findAnnotation(DynamoAttribute.class);
		this.attributeName = (attribute != null && !attribute.value().isEmpty()) ? attribute.value() : getName();
		this.timeToLive = isAnnotationPresent(TimeToLive.class);
	}

	/** The name of the attribute holding the property. */
	public String getAttributeName() {
		return this.attributeName;
	}

	/** Whether the property holds the item's time-to-live expiry. */
	public boolean isTimeToLive() {
		return this.timeToLive;
	}

	@Override
	protected Association<DynamoPersistentProperty> createAssociation() {
		throw new UnsupportedOperationException("DynamoDB entities have no associations");
	}

}
