package dev.ddbkit.it.repository;

import java.util.List;

import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.repository.DynamoRepository;

/**
 * Accounts by their single identifying property; scans allowed for the whole-table
 * methods.
 */
@AllowScan
public interface AccountRepository extends DynamoRepository<Account, String> {

	List<Account> findByTier(String tier);

}
