package dev.ddbkit.engine.partiql;

import java.util.List;

import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/** A parsed PartiQL statement of DynamoDB's subset. */
sealed interface PartiqlStatement permits PartiqlStatement.Select, PartiqlStatement.Insert, PartiqlStatement.Update,
		PartiqlStatement.Delete, PartiqlStatement.Exists {

	/** The table the statement names. */
	String table();

	/**
	 * {@code SELECT * | path, ... FROM table[.index] [WHERE condition]}.
	 *
	 * @param projection the selected paths, or {@code null} for {@code *}
	 * @param descending {@code ORDER BY <sort key> DESC}
	 */
	record Select(String table, @Nullable String index, @Nullable List<PartiqlNode.PathRef> projection,
			@Nullable PartiqlNode where, boolean descending) implements PartiqlStatement {

	}

	/** {@code INSERT INTO table VALUE {...}}. */
	record Insert(String table, Item item) implements PartiqlStatement {

	}

	/**
	 * {@code UPDATE table SET ... REMOVE ... WHERE condition [RETURNING ...]}.
	 *
	 * @param sets the SET assignments, path and value expression
	 * @param removes the removed paths
	 * @param returning the ReturnValues name (e.g. {@code ALL_NEW}) or {@code null}
	 */
	record Update(String table, List<Assignment> sets, List<PartiqlNode.PathRef> removes, PartiqlNode where,
			@Nullable String returning) implements PartiqlStatement {

	}

	/** {@code DELETE FROM table WHERE condition [RETURNING ALL OLD *]}. */
	record Delete(String table, PartiqlNode where, @Nullable String returning) implements PartiqlStatement {

	}

	/**
	 * {@code EXISTS(SELECT * FROM table WHERE key)}, a condition check in a transaction.
	 */
	record Exists(String table, PartiqlNode where) implements PartiqlStatement {

	}

	/** {@code path = value} in SET. */
	record Assignment(PartiqlNode.PathRef path, PartiqlNode value) {

	}

}
