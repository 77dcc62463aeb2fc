"""Reads each new receipt the order worker writes. Large orders get a warning in the log."""
import json
import logging
import random
import time

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def handler(event, context):
    keys = []
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        key = record["s3"]["object"]["key"]
        size = record["s3"]["object"].get("size", 0)
        time.sleep(0.02 + random.random() * 0.1)
        if size > 200:
            logger.warning("receipt %s in %s is unusually large (%d bytes)", key, bucket, size)
        else:
            logger.info("read receipt %s from %s (%d bytes)", key, bucket, size)
        keys.append(key)
    return {"read": keys}
