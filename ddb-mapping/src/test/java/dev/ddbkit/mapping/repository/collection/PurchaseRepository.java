package dev.ddbkit.mapping.repository.collection;

import java.util.List;
import java.util.stream.Stream;

import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Purchase;

/** Derived queries returning a purchase's item collection as its sealed type. */
public interface PurchaseRepository extends DynamoRepository<Purchase.Header, String> {

	List<Purchase> findByPurchaseId(String purchaseId);

	Stream<Purchase> streamByPurchaseId(String purchaseId);

	List<Purchase> findTop2ByPurchaseId(String purchaseId);

	List<Purchase.Header> findHeaderByPurchaseId(String purchaseId);

}
