package dev.ddbkit.autoconfigure.test.slice;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;

public interface GadgetRepository extends DynamoRepository<Gadget, String> {

	List<Gadget> findByKind(String kind);

}
