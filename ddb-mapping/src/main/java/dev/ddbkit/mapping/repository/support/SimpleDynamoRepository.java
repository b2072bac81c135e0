package dev.ddbkit.mapping.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.repository.DynamoRepository;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * The CRUD methods of every {@link DynamoRepository}, delegating to
 * {@link DynamoOperations}: {@code save} is a version-checked PutItem and returns the
 * entity with its new version; {@code delete} is version-checked; {@code findAll},
 * {@code count} and {@code deleteAll()} scan and need {@code @AllowScan} on the
 * repository.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
public class SimpleDynamoRepository<T, ID> implements DynamoRepository<T, ID> {

	private final DynamoEntityInformation<T, ID> entityInformation;

	private final DynamoOperations operations;

	private final boolean scanAllowed;

	/**
	 * Creates the repository.
	 * @param entityInformation the entity
	 * @param operations the template
	 * @param scanAllowed whether the repository interface carries {@code @AllowScan}
	 */
	public SimpleDynamoRepository(DynamoEntityInformation<T, ID> entityInformation, DynamoOperations operations,
			boolean scanAllowed) {
		this.entityInformation = entityInformation;
		this.operations = operations;
		this.scanAllowed = scanAllowed;
	}

	@Override
	public <S extends T> S save(S entity) {
		return this.operations.save(entity);
	}

	@Override
	public <S extends T> List<S> saveAll(Iterable<S> entities) {
		List<S> saved = new ArrayList<>();
		entities.forEach((entity) -> saved.add(this.operations.save(entity)));
		return saved;
	}

	@Override
	public Optional<T> findById(ID id) {
		return this.operations.findById(this.entityInformation.getJavaType(), id);
	}

	@Override
	public boolean existsById(ID id) {
		return findById(id).isPresent();
	}

	@Override
	public List<T> findAll() {
		try (Stream<T> all = scan("findAll()")) {
			return all.toList();
		}
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		List<T> found = new ArrayList<>();
		ids.forEach((id) -> findById(id).ifPresent(found::add));
		return found;
	}

	@Override
	public long count() {
		try (Stream<T> all = scan("count()")) {
			return all.count();
		}
	}

	@Override
	public void deleteById(ID id) {
		this.operations.deleteById(this.entityInformation.getJavaType(), id);
	}

	@Override
	public void delete(T entity) {
		this.operations.delete(entity);
	}

	@Override
	public void deleteAllById(Iterable<? extends ID> ids) {
		ids.forEach(this::deleteById);
	}

	@Override
	public void deleteAll(Iterable<? extends T> entities) {
		entities.forEach(this::delete);
	}

	@Override
	public void deleteAll() {
		try (Stream<T> all = scan("deleteAll()")) {
			all.forEach(this.operations::delete);
		}
	}

	private Stream<T> scan(String method) {
		if (!this.scanAllowed) {
			throw new InvalidDataAccessApiUsageException(
					method + " of " + this.entityInformation.getJavaType().getSimpleName()
							+ " would scan the whole table; annotate the repository with @AllowScan to allow it");
		}
		return this.operations.scan(this.entityInformation.getJavaType());
	}

}
