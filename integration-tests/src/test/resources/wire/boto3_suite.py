"""Drives a DynamoDB endpoint with boto3's low-level client and prints one JSON line of what it saw.

Usage: python3 boto3_suite.py <endpoint-url> <table-name>

Each step records the values, counts and error codes/messages it received; it asserts nothing itself, the Java
test (WireCompatibilityIntegrationTests) does. A step that raises unexpectedly records {"unexpected": "..."} so
one wire problem does not hide the others. Binary values are reported as base64 and sets sorted, so the line is
stable JSON.
"""

import base64
import json
import sys
import traceback

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = sys.argv[1]
TABLE = sys.argv[2]
INDEX = "GSI1"

client = boto3.client(
    "dynamodb",
    endpoint_url=ENDPOINT,
    region_name="us-east-1",
    aws_access_key_id="ddbkit",
    aws_secret_access_key="ddbkit",
    config=Config(retries={"total_max_attempts": 1, "mode": "standard"}, connect_timeout=10, read_timeout=20),
)

result = {"boto3": boto3.__version__, "botocore": botocore.__version__}


def plain(value):
    """A JSON-friendly view of a low-level attribute value (or item): B/BS as base64, sets sorted."""
    if isinstance(value, dict) and len(value) == 1:
        (kind, inner), = value.items()
        if kind == "B":
            return {"B": base64.b64encode(inner).decode("ascii")}
        if kind == "BS":
            return {"BS": sorted(base64.b64encode(b).decode("ascii") for b in inner)}
        if kind in ("SS", "NS"):
            return {kind: sorted(inner)}
        if kind == "L":
            return {"L": [plain(v) for v in inner]}
        if kind == "M":
            return {"M": {k: plain(v) for k, v in inner.items()}}
        if kind in ("S", "N", "BOOL", "NULL"):
            return {kind: inner}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def error(ex):
    response = ex.response
    return {
        "code": response["Error"]["Code"],
        "message": response["Error"]["Message"],
        "status": response["ResponseMetadata"]["HTTPStatusCode"],
    }


def step(name):
    def run(function):
        try:
            result[name] = function()
        except Exception as ex:  # recorded for the Java test to report, never swallowed silently
            result[name] = {"unexpected": "%s: %s" % (type(ex).__name__, ex), "trace": traceback.format_exc()[-800:]}
        return function

    return run


def key(pk, sk):
    return {"pk": {"S": pk}, "sk": {"S": sk}}


@step("createTable")
def create_table():
    response = client.create_table(
        TableName=TABLE,
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "S"},
            {"AttributeName": "status", "AttributeType": "S"},
            {"AttributeName": "amount", "AttributeType": "N"},
        ],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": INDEX,
                "KeySchema": [
                    {"AttributeName": "status", "KeyType": "HASH"},
                    {"AttributeName": "amount", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    client.get_waiter("table_exists").wait(TableName=TABLE, WaiterConfig={"Delay": 1, "MaxAttempts": 10})
    description = response["TableDescription"]
    return {"tableName": description["TableName"], "status": description["TableStatus"]}


@step("describeTable")
def describe_table():
    table = client.describe_table(TableName=TABLE)["Table"]
    index = table["GlobalSecondaryIndexes"][0]
    return {
        "status": table["TableStatus"],
        "keySchema": [k["AttributeName"] + ":" + k["KeyType"] for k in table["KeySchema"]],
        "attributeTypes": {a["AttributeName"]: a["AttributeType"] for a in table["AttributeDefinitions"]},
        "billingMode": table.get("BillingModeSummary", {}).get("BillingMode"),
        "itemCount": table["ItemCount"],
        "tableArn": table.get("TableArn"),
        "indexName": index["IndexName"],
        "indexStatus": index.get("IndexStatus"),
        "indexKeySchema": [k["AttributeName"] + ":" + k["KeyType"] for k in index["KeySchema"]],
        "indexProjection": index["Projection"]["ProjectionType"],
    }


EVERY_TYPE = {
    "pk": {"S": "TYPES"},
    "sk": {"S": "0"},
    "s": {"S": "h\u00e9llo \u2713 \U0001f600"},
    "n38": {"N": "12345678901234567890123456789012345678"},
    "nfrac": {"N": "-012.50"},
    "b": {"B": bytes([0, 1, 254, 255])},
    "yes": {"BOOL": True},
    "no": {"BOOL": False},
    "nul": {"NULL": True},
    "l": {"L": [{"S": "x"}, {"N": "1"}, {"BOOL": False}, {"L": []}]},
    "m": {"M": {"inner": {"M": {"deep": {"S": "y"}}}, "n": {"N": "0.001"}}},
    "ss": {"SS": ["b", "a"]},
    "ns": {"NS": ["2.5", "-3", "1"]},
    "bs": {"BS": [bytes([2]), bytes([1, 0])]},
}


@step("putGet")
def put_get():
    put = client.put_item(TableName=TABLE, Item=EVERY_TYPE)
    got = client.get_item(TableName=TABLE, Key=key("TYPES", "0"), ConsistentRead=True)
    projected = client.get_item(
        TableName=TABLE,
        Key=key("TYPES", "0"),
        ProjectionExpression="#m.#inner.deep, l[1]",
        ExpressionAttributeNames={"#m": "m", "#inner": "inner"},
    )
    missing = client.get_item(TableName=TABLE, Key=key("TYPES", "none"))
    return {
        "putAttributes": "Attributes" in put,
        "item": plain(got["Item"]),
        "projected": plain(projected["Item"]),
        "missingHasItem": "Item" in missing,
    }


@step("conditionalPut")
def conditional_put():
    try:
        client.put_item(TableName=TABLE, Item=key("TYPES", "0"), ConditionExpression="attribute_not_exists(pk)")
        return {"failed": False}
    except ClientError as ex:
        outcome = error(ex)
        outcome["failed"] = True
        outcome["modeled"] = isinstance(ex, client.exceptions.ConditionalCheckFailedException)
        outcome["unchanged"] = "n38" in client.get_item(TableName=TABLE, Key=key("TYPES", "0"))["Item"]
        return outcome


@step("updateItem")
def update_item():
    responses = []
    for _ in range(2):
        responses.append(
            client.update_item(
                TableName=TABLE,
                Key=key("COUNTER", "0"),
                UpdateExpression="SET #c = if_not_exists(#c, :zero) + :one, tags = list_append(if_not_exists(tags, :none), :tag) ADD visits :one",
                ExpressionAttributeNames={"#c": "count"},
                ExpressionAttributeValues={
                    ":zero": {"N": "0"},
                    ":one": {"N": "1"},
                    ":none": {"L": []},
                    ":tag": {"L": [{"S": "t"}]},
                },
                ReturnValues="ALL_NEW",
            )
        )
    old = client.update_item(
        TableName=TABLE,
        Key=key("COUNTER", "0"),
        UpdateExpression="REMOVE tags",
        ReturnValues="UPDATED_OLD",
    )
    return {
        "first": plain(responses[0]["Attributes"]),
        "second": plain(responses[1]["Attributes"]),
        "updatedOld": plain(old["Attributes"]),
    }


# Twelve orders of one customer; amounts 1000 // i so that the GSI's numeric order differs from text order.
ORDERS = [
    {
        "pk": {"S": "CUST#1"},
        "sk": {"S": "ORDER#%02d" % i},
        "status": {"S": "SHIPPED" if i % 3 == 0 else "PENDING"},
        "amount": {"N": str(1000 // i)},
    }
    for i in range(1, 13)
]


@step("batchWrite")
def batch_write():
    requests = [{"PutRequest": {"Item": item}} for item in ORDERS]
    requests.append({"PutRequest": {"Item": {"pk": {"S": "CUST#2"}, "sk": {"S": "ORDER#01"}}}})
    requests.append({"PutRequest": {"Item": {"pk": {"S": "GONE"}, "sk": {"S": "0"}}}})
    first = client.batch_write_item(RequestItems={TABLE: requests})
    second = client.batch_write_item(RequestItems={TABLE: [{"DeleteRequest": {"Key": key("GONE", "0")}}]})
    got = client.batch_get_item(
        RequestItems={TABLE: {"Keys": [key("CUST#1", "ORDER#01"), key("CUST#2", "ORDER#01"), key("GONE", "0")]}}
    )
    return {
        "unprocessed": len(first.get("UnprocessedItems", {})) + len(second.get("UnprocessedItems", {})),
        "batchGetCount": len(got["Responses"][TABLE]),
        "batchGetUnprocessed": len(got.get("UnprocessedKeys", {})),
    }


@step("query")
def query():
    paginator = client.get_paginator("query")
    pages = paginator.paginate(
        TableName=TABLE,
        KeyConditionExpression="pk = :p AND begins_with(sk, :prefix)",
        ExpressionAttributeValues={":p": {"S": "CUST#1"}, ":prefix": {"S": "ORDER#"}},
        ConsistentRead=True,
        PaginationConfig={"PageSize": 5},
    )
    sort_keys, page_sizes, last_keys = [], [], []
    for page in pages:
        page_sizes.append(page["Count"])
        sort_keys.extend(item["sk"]["S"] for item in page["Items"])
        last_keys.append(plain(page["LastEvaluatedKey"]) if "LastEvaluatedKey" in page else None)
    backwards = client.query(
        TableName=TABLE,
        KeyConditionExpression="pk = :p AND sk BETWEEN :lo AND :hi",
        ExpressionAttributeValues={":p": {"S": "CUST#1"}, ":lo": {"S": "ORDER#03"}, ":hi": {"S": "ORDER#05"}},
        ScanIndexForward=False,
    )
    filtered = client.query(
        TableName=TABLE,
        KeyConditionExpression="pk = :p",
        FilterExpression="amount > :min",
        ExpressionAttributeValues={":p": {"S": "CUST#1"}, ":min": {"N": "150"}},
        Select="COUNT",
    )
    return {
        "sortKeys": sort_keys,
        "pageSizes": page_sizes,
        "lastEvaluatedKeys": last_keys,
        "backwards": [item["sk"]["S"] for item in backwards["Items"]],
        "filteredCount": filtered["Count"],
        "filteredScannedCount": filtered["ScannedCount"],
        "countItems": filtered.get("Items"),
    }


@step("gsiQuery")
def gsi_query():
    response = client.query(
        TableName=TABLE,
        IndexName=INDEX,
        KeyConditionExpression="#s = :s AND amount BETWEEN :lo AND :hi",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": {"S": "SHIPPED"}, ":lo": {"N": "50"}, ":hi": {"N": "200"}},
    )
    return {
        "sortKeys": [item["sk"]["S"] for item in response["Items"]],
        "amounts": [item["amount"]["N"] for item in response["Items"]],
        "count": response["Count"],
    }


@step("scan")
def scan():
    paginator = client.get_paginator("scan")
    keys, pages = [], 0
    for page in paginator.paginate(TableName=TABLE, PaginationConfig={"PageSize": 4}):
        pages += 1
        keys.extend(item["pk"]["S"] + "|" + item["sk"]["S"] for item in page["Items"])
    filtered = client.scan(
        TableName=TABLE,
        FilterExpression="attribute_exists(#s)",
        ExpressionAttributeNames={"#s": "status"},
    )
    return {
        "keys": sorted(keys),
        "count": len(keys),
        "distinct": len(set(keys)),
        "pages": pages,
        "filteredCount": filtered["Count"],
        "filteredScannedCount": filtered["ScannedCount"],
    }


@step("transaction")
def transaction():
    outcome = {}
    try:
        client.transact_write_items(
            TransactItems=[
                {"Put": {"TableName": TABLE, "Item": {"pk": {"S": "TX"}, "sk": {"S": "1"}}}},
                {
                    "ConditionCheck": {
                        "TableName": TABLE,
                        "Key": key("COUNTER", "0"),
                        "ConditionExpression": "#c = :nine",
                        "ExpressionAttributeNames": {"#c": "count"},
                        "ExpressionAttributeValues": {":nine": {"N": "9"}},
                    }
                },
            ]
        )
        outcome["cancelled"] = False
    except ClientError as ex:
        outcome.update(error(ex))
        outcome["cancelled"] = True
        outcome["reasons"] = ex.response.get("CancellationReasons")
    outcome["txItemWritten"] = "Item" in client.get_item(TableName=TABLE, Key=key("TX", "1"), ConsistentRead=True)
    client.transact_write_items(
        TransactItems=[
            {"Put": {"TableName": TABLE, "Item": {"pk": {"S": "TX"}, "sk": {"S": "2"}}}},
            {
                "Update": {
                    "TableName": TABLE,
                    "Key": key("COUNTER", "0"),
                    "UpdateExpression": "SET #c = #c + :one",
                    "ConditionExpression": "#c = :two",
                    "ExpressionAttributeNames": {"#c": "count"},
                    "ExpressionAttributeValues": {":one": {"N": "1"}, ":two": {"N": "2"}},
                }
            },
        ]
    )
    got = client.transact_get_items(
        TransactItems=[
            {"Get": {"TableName": TABLE, "Key": key("TX", "2")}},
            {"Get": {"TableName": TABLE, "Key": key("COUNTER", "0")}},
        ]
    )
    outcome["committedKeys"] = [r["Item"]["pk"]["S"] + "|" + r["Item"]["sk"]["S"] for r in got["Responses"]]
    outcome["countAfterCommit"] = got["Responses"][1]["Item"]["count"]["N"]
    return outcome


@step("validation")
def validation():
    outcome = {}
    try:
        client.put_item(TableName=TABLE, Item={"pk": {"S": "NO-SORT-KEY"}})
    except ClientError as ex:
        outcome["missingKey"] = error(ex)
    try:
        client.query(
            TableName=TABLE,
            KeyConditionExpression="pk = :p",
            ExpressionAttributeValues={":p": {"S": "CUST#1"}, ":unused": {"S": "x"}},
        )
    except ClientError as ex:
        outcome["unusedValue"] = error(ex)
    try:
        client.describe_table(TableName=TABLE + "-missing")
    except ClientError as ex:
        outcome["missingTable"] = error(ex)
    return outcome


@step("deleteTable")
def delete_table():
    response = client.delete_table(TableName=TABLE)
    outcome = {"status": response["TableDescription"]["TableStatus"]}
    client.get_waiter("table_not_exists").wait(TableName=TABLE, WaiterConfig={"Delay": 1, "MaxAttempts": 10})
    outcome["listed"] = TABLE in client.list_tables()["TableNames"]
    try:
        client.describe_table(TableName=TABLE)
        outcome["describeAfter"] = "found"
    except ClientError as ex:
        outcome["describeAfter"] = ex.response["Error"]["Code"]
    return outcome


print(json.dumps(result, sort_keys=True, ensure_ascii=True))
