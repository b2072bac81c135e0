package dev.ddbkit.bench;

import java.util.List;

import dev.ddbkit.bench.MappingBenchmarks.MappedTables;
import dev.ddbkit.bench.ReadBenchmarks.LoadedTable;
import dev.ddbkit.bench.WriteBenchmarks.WriteTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each benchmark state sets up and tears down on every backend, and every benchmark
 * method performs its operation, so the harness cannot rot between measurement runs.
 */
class BenchmarkStatesUnitTests {

	static final List<String> BACKENDS = BenchBackends.NAMES;

	static final List<String> MAPPING_BACKENDS = List.of(BenchBackends.ENGINE, BenchBackends.DYNAMODB_LOCAL);

	@ParameterizedTest
	@FieldSource("BACKENDS")
	void everyRawWorkloadRunsOnceOnTheBackend(String backend) {
		ReadBenchmarks reads = new ReadBenchmarks();
		LoadedTable loaded = new LoadedTable();
		loaded.backend = backend;
		loaded.items = 200;
		loaded.start();
		try {
			assertThat(reads.getItem(loaded).hasItem()).isTrue();
			assertThat(reads.queryPartition(loaded).count()).isEqualTo(100);
			assertThat(reads.queryBeginsWith(loaded).count()).isEqualTo(10);
			assertThat(reads.queryIndex(loaded).count()).isEqualTo(100);
			assertThat(reads.scan(loaded)).isEqualTo(200);
		}
		finally {
			loaded.stop();
		}
		WriteBenchmarks writes = new WriteBenchmarks();
		WriteTable table = new WriteTable();
		table.backend = backend;
		table.updateKeys = 25;
		table.start();
		try {
			writes.putItem(table);
			writes.conditionalUpdate(table);
			assertThat(table.versions[0]).isEqualTo(2);
			assertThat(writes.batchWrite(table)).isEqualTo(1);
			writes.transactWrite(table);
			assertThat(table.client().scan((request) -> request.tableName(BackendState.TABLE)).count())
				.isEqualTo(25 + 1 + 25 + 4);
		}
		finally {
			table.stop();
		}
	}

	@ParameterizedTest
	@FieldSource("MAPPING_BACKENDS")
	void everyMappingWorkloadRunsOnceOnTheBackend(String backend) {
		MappingBenchmarks mapping = new MappingBenchmarks();
		MappedTables tables = new MappedTables();
		tables.backend = backend;
		tables.customers = 20;
		tables.start();
		try {
			assertThat(mapping.enhancedClientPut(tables).getPk()).isEqualTo("CUSTOMER#c0");
			assertThat(mapping.enhancedClientGet(tables)).isNotNull();
			assertThat(mapping.templatePut(tables).customerId()).isEqualTo("c1");
			assertThat(mapping.templateGet(tables)).isPresent();
			assertThat(mapping.repositoryPut(tables).customerId()).isEqualTo("c2");
			assertThat(mapping.repositoryGet(tables)).isPresent();
		}
		finally {
			tables.stop();
		}
	}

}
