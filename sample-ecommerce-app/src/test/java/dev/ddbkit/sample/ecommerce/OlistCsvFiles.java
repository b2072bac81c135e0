package dev.ddbkit.sample.ecommerce;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads the shipped Olist CSV files on their own, with no application code, so that the
 * end-to-end test's expected values are computed independently of the importer.
 */
final class OlistCsvFiles {

	private OlistCsvFiles() {
	}

	static List<Map<String, String>> read(String fileName) {
		String location = "/olist/" + fileName;
		try (InputStream in = BOMInputStream.builder()
			.setInputStream(OlistCsvFiles.class.getResourceAsStream(location))
			.get();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
