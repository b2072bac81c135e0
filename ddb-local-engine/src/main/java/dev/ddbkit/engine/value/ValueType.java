package dev.ddbkit.engine.value;

/**
 * The DynamoDB data type descriptors, spelled as on the wire ({@code S}, {@code N},
 * {@code BOOL}, ...).
 * <p>
 * Source: DynamoDB API Reference, "AttributeValue".
 */
public enum ValueType {

	S("S"), N("N"), B("B"), BOOL("BOOL"), NULL("NULL"), L("L"), M("M"), SS("SS"), NS("NS"), BS("BS");

	private final String descriptor;

	ValueType(String descriptor) {
		this.descriptor = descriptor;
	}

	/** The descriptor as DynamoDB writes it in JSON and in {@code attribute_type}. */
	public String descriptor() {
		return this.descriptor;
	}

	/** Whether a key attribute may have this type (S, N or B). */
	public boolean isScalarKeyType() {
		return this == S || this == N || this == B;
	}

	/** Whether this is one of the set types SS, NS or BS. */
	public boolean isSet() {
		return this == SS || this == NS || this == BS;
	}

	/**
	 * The type for a descriptor, or {@code null} when the descriptor is unknown.
	 * @param descriptor a descriptor such as {@code "SS"}
	 * @return the type, or {@code null}
	 */
	public static ValueType fromDescriptor(String descriptor) {
		for (ValueType type : values()) {
			if (type.descriptor.equals(descriptor)) {
				return type;
			}
		}
		return null;
	}

}
