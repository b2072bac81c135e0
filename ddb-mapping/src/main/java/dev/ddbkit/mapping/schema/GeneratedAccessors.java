package dev.ddbkit.mapping.schema;

import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.ClassGeneratingPropertyAccessorFactory;

/**
 * Spring Data's generated property accessors, with each entity's accessor class created
 * when the entity is verified rather than on its first read, so that no request pays for
 * it and no two first reads race to define it.
 */
final class GeneratedAccessors extends ClassGeneratingPropertyAccessorFactory {

	/**
	 * Creates the accessor class of an entity, if one can be generated for it.
	 * @param entity the entity, its properties complete
	 * @return whether the entity has a generated accessor
	 */
	boolean prepare(PersistentEntity<?, ?> entity) {
		if (!isSupported(entity)) {
			return false;
		}
		potentiallyCreateAndRegisterPersistentPropertyAccessorClass(entity);
		return true;
	}

}
