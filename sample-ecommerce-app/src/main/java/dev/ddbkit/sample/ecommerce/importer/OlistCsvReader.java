package dev.ddbkit.sample.ecommerce.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads one Olist CSV file into values. The files mix quoted and unquoted headers and
 * ids, one starts with a UTF-8 byte order mark and uses CRLF, and review texts hold
 * quoted line breaks: RFC 4180 parsing with the BOM stripped reads them all.
 */
final class OlistCsvReader {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private final ResourceLoader resourceLoader;

	private final String location;

	/**
	 * Create a reader.
	 * @param resourceLoader resolves the location
	 * @param location the folder holding the files, e.g. {@code classpath:olist/}
	 */
	OlistCsvReader(ResourceLoader resourceLoader, String location) {
		this.resourceLoader = resourceLoader;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	<T> List<T> read(String fileName, Function<CSVRecord, T> mapper) {
		Resource resource = this.resourceLoader.getResource(this.location + fileName);
		try (InputStream in = BOMInputStream.builder().setInputStream(resource.getInputStream()).get();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			List<T> values = new ArrayList<>();
			for (CSVRecord record : parser) {
				values.add(mapper.apply(record));
			}
			return values;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
