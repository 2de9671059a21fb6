"""Argon2id key derivation: parameters, their bounds, calibration and the derivation itself."""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage
from counsel_desk.vault.errors import KdfParametersError

KEY_BYTES = 32
SALT_BYTES = 16
ARGON2_VERSION = 19

# Bounds for parameters read from a vault file. Anything outside is refused before Argon2
# runs, so a damaged or hostile header cannot exhaust memory or hang the app.
MAX_TIME_COST = 64
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_PARALLELISM = 64
MAX_WORK_KIB_PASSES = 16 * 1024 * 1024  # time_cost * memory_kib: about 16 GiB of passes
MIN_SALT_BYTES = 16
MAX_SALT_BYTES = 64
# Ceiling for calibration: memory grows to this, then passes are added.
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    @classmethod
    def recommended_minimum(cls) -> KdfParams:
        """RFC 9106's second recommended option: t=3, m=64 MiB, p=4."""
        return cls(time_cost=3, memory_kib=64 * 1024, parallelism=4)

    @classmethod
    def cheap_for_tests(cls) -> KdfParams:
        """Fast, weak parameters. For tests and benchmarks only: never a product default."""
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)

    @property
    def is_below_recommended(self) -> bool:
        floor = KdfParams.recommended_minimum()
        return (
            self.time_cost < floor.time_cost
            or self.memory_kib < floor.memory_kib
            or self.parallelism < floor.parallelism
        )

    def at_least(self, current: KdfParams) -> KdfParams:
        """These settings, never weaker than ``current`` in any of the three: strengthening
        a vault made stronger elsewhere (a slower computer, a careful admin) keeps what it
        had (attack F9). Passes are trimmed only to stay within the work bound."""
        memory = max(self.memory_kib, current.memory_kib)
        passes = max(self.time_cost, current.time_cost)
        passes = max(1, min(passes, MAX_WORK_KIB_PASSES // memory))
        return KdfParams(passes, memory, max(self.parallelism, current.parallelism))

    def to_json(self) -> dict[str, int]:
        return {
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }


def _physical_memory_kib() -> int | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return int(pages * page_size // 1024)


def check_bounds(params: KdfParams) -> None:
    """Refuse parameters that are impossible or would exhaust the machine."""

    def bad(why: str) -> KdfParametersError:
        return KdfParametersError(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "VaultErrors",
                    "The vault's key settings are damaged or unsafe ({why}); "
                    "restore the vault from a backup.",
                ),
                why=why,
            )
        )

    for name in ("time_cost", "memory_kib", "parallelism"):
        value = getattr(params, name)
        if type(value) is not int:
            raise bad(f"{name} is not a whole number")
    if not 1 <= params.time_cost <= MAX_TIME_COST:
        raise bad(f"time_cost {params.time_cost}")
    if not 1 <= params.parallelism <= MAX_PARALLELISM:
        raise bad(f"parallelism {params.parallelism}")
    if not 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB:
        raise bad(f"memory_kib {params.memory_kib}")
    if params.time_cost * params.memory_kib > MAX_WORK_KIB_PASSES:
        raise bad("time_cost x memory_kib too large")
    physical = _physical_memory_kib()
    if physical is not None and params.memory_kib > physical // 2:
        raise bad(f"memory_kib {params.memory_kib} exceeds half of this computer's memory")


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes Argon2 sees: Unicode NFC, UTF-8. The same words typed anywhere match."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Run Argon2id on a passphrase. Slow by design: call it off the GUI thread."""
    return derive_key_from_bytes(normalise_passphrase(passphrase), salt, params)


def derive_key_from_bytes(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Run Argon2id on raw secret bytes (a normalised passphrase, a recovery key)."""
    check_bounds(params)
    if not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
        raise KdfParametersError(
            UserMessage(QT_TRANSLATE_NOOP("VaultErrors", "The vault's key salt is damaged."))
        )
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def _time_one(params: KdfParams) -> float:
    salt = os.urandom(SALT_BYTES)
    start = time.perf_counter()
    hash_secret_raw(
        b"calibration",
        salt,
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        KEY_BYTES,
        Type.ID,
        ARGON2_VERSION,
    )
    return time.perf_counter() - start


def calibrate(
    target_seconds: float = 1.0,
    progress: Callable[[float], None] | None = None,
    *,
    timer: Callable[[KdfParams], float] = _time_one,
) -> KdfParams:
    """Parameters that take about ``target_seconds`` on this machine.

    Never below RFC 9106's second recommended option (t=3, m=64 MiB, p=4): on a slow
    machine the minimum is returned even if it takes longer. Memory grows first (up to
    1 GiB, and never beyond an eighth of the machine's memory), then passes are added.
    ``progress`` receives a fraction from 0 to 1. Slow: call it off the GUI thread.
    """
    report = progress or (lambda _fraction: None)
    params = KdfParams.recommended_minimum()
    ceiling = CALIBRATION_MAX_MEMORY_KIB
    physical = _physical_memory_kib()
    if physical is not None:
        ceiling = max(params.memory_kib, min(ceiling, physical // 8))
    report(0.0)
    elapsed = timer(params)
    spent = elapsed
    budget = max(target_seconds * 3, elapsed * 3)
    while elapsed < target_seconds * 0.55 and params.memory_kib * 2 <= ceiling:
        params = KdfParams(params.time_cost, params.memory_kib * 2, params.parallelism)
        elapsed = timer(params)
        spent += elapsed
        report(min(0.9, spent / budget))
    if elapsed < target_seconds * 0.8:
        per_pass = elapsed / params.time_cost
        passes = int(target_seconds / per_pass) if per_pass > 0 else params.time_cost
        passes = max(params.time_cost, min(passes, MAX_TIME_COST))
        while passes * params.memory_kib > MAX_WORK_KIB_PASSES:
            passes -= 1
        params = KdfParams(passes, params.memory_kib, params.parallelism)
    report(1.0)
    return params
