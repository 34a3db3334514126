"""Write a fake Google service-account JSON key for offline ``dbt compile`` on BigQuery.

The key is a freshly generated RSA key in the service-account JSON layout that
google-auth reads. It grants nothing: it only lets dbt-bigquery build credentials
without a network, so ``dbt compile --no-populate-cache --no-introspect`` can run.

Usage:
    python make_fake_key.py PATH [PROJECT_ID]

PROJECT_ID defaults to the env var ``M360_BQ_PROJECT`` or ``movement-360-demo``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def make_key(project_id: str) -> dict[str, str]:
    """Return a service-account key dict holding a new, local, throwaway RSA key."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    ).decode("ascii")
    email = f"ci-fake@{project_id}.iam.gserviceaccount.com"
    return {
        "type": "service_account",
        "project_id": project_id,
        "private_key_id": "0" * 40,
        "private_key": pem,
        "client_email": email,
        "client_id": "0",
        # Never contacted: compile runs with --no-populate-cache --no-introspect.
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/"
        + email,
    }


def main(argv: list[str]) -> int:
    """Write the fake key to argv[1]; return a process exit code."""
    if len(argv) not in (2, 3):
        print("usage: make_fake_key.py PATH [PROJECT_ID]", file=sys.stderr)
        return 2
    path = Path(argv[1])
    project_id = (
        argv[2]
        if len(argv) == 3
        else os.environ.get("BIGQUERY_PROJECT", "movement-360-ci")
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(make_key(project_id), indent=2) + "\n", encoding="utf-8")
    path.chmod(0o600)
    print(f"wrote fake service-account key to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
