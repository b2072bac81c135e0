package dev.ddbkit.autoconfigure.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Excludes every scanned component from a {@link DynamoTest @DynamoTest} unless the test
 * includes it: entities and repositories come from the auto-configuration packages, not
 * from component scanning.
 */
final class DynamoTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DynamoTest> {

	DynamoTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
