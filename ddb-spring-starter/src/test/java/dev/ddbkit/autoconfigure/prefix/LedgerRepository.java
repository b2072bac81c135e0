package dev.ddbkit.autoconfigure.prefix;

import dev.ddbkit.mapping.repository.DynamoRepository;

public interface LedgerRepository extends DynamoRepository<Ledger, String> {

}
