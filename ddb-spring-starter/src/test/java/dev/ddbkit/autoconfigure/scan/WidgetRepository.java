package dev.ddbkit.autoconfigure.scan;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;

public interface WidgetRepository extends DynamoRepository<Widget, String> {

	List<Widget> findByColor(String color);

}
