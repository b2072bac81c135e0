package dev.ddbkit.autoconfigure.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Bootstraps {@link DynamoTest @DynamoTest}: embedded mode first, so that the test's own
 * properties can override it.
 */
class DynamoTestContextBootstrapper extends TestSliceTestContextBootstrapper<DynamoTest> {

	@Override
	protected String[] getProperties(Class<?> testClass) {
		List<String> properties = new ArrayList<>(List.of("ddb.mode=embedded"));
		String[] declared = super.getProperties(testClass);
		if (declared != null) {
			properties.addAll(Arrays.asList(declared));
		}
		return properties.toArray(new String[0]);
	}

}
