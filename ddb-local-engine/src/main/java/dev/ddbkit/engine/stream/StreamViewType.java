package dev.ddbkit.engine.stream;

/**
 * What a stream record holds besides the keys.
 * <p>
 * Source: DynamoDB API Reference, "StreamSpecification".
 */
public enum StreamViewType {

	KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES

}
