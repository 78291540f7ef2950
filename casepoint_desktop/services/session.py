"""The logged-in user, the provider they enter data as, and the permission checks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from casepoint_desktop.data.models import Provider, User, UserProvider
from casepoint_desktop.services.errors import PermissionDenied


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    SUPERVISOR = "supervisor"
    CASE_MANAGER = "case_manager"
    READ_ONLY = "read_only"

    @property
    def label(self) -> str:
        return {
            Role.ADMINISTRATOR: "Administrator",
            Role.SUPERVISOR: "Supervisor",
            Role.CASE_MANAGER: "Case Manager",
            Role.READ_ONLY: "Read-only",
        }[self]


def allowed_providers(user: User) -> list[Provider]:
    """Return the user's home provider followed by the active EDA providers, by name."""
    eda = (
        Provider.select()
        .join(UserProvider)
        .where((UserProvider.user == user) & (Provider.active == True))  # noqa: E712
        .order_by(Provider.name)
    )
    providers = [user.home_provider]
    providers.extend(provider for provider in eda if provider.id != user.home_provider_id)
    return providers


@dataclass
class Session:
    """A logged-in user and the provider that new records are entered for."""

    user: User
    provider: Provider

    @property
    def role(self) -> Role:
        return Role(self.user.role)

    def switch_provider(self, provider: Provider) -> None:
        """Enter data as `provider` from now on.

        Raises:
            PermissionDenied: the provider is neither the home nor an EDA provider of the user.
        """
        self.require_provider(provider)
        self.provider = provider

    def require_provider(self, provider: Provider) -> None:
        """Raise PermissionDenied unless the user may enter data for `provider`."""
        if provider.id not in {allowed.id for allowed in allowed_providers(self.user)}:
            raise PermissionDenied(
                f"You cannot enter data for the provider “{provider.name}”. Choose your home "
                "provider or one of your Enter Data As providers."
            )

    def require_write(self) -> None:
        """Raise PermissionDenied for read-only users."""
        if self.role is Role.READ_ONLY:
            raise PermissionDenied("Your role is read-only: you can search, view and print only.")

    def require_supervisor(self) -> None:
        """Raise PermissionDenied unless the user is a supervisor or an administrator."""
        if self.role not in (Role.SUPERVISOR, Role.ADMINISTRATOR):
            raise PermissionDenied("Only a supervisor or an administrator can do this.")

    def require_admin(self) -> None:
        """Raise PermissionDenied unless the user is an administrator."""
        if self.role is not Role.ADMINISTRATOR:
            raise PermissionDenied("Only an administrator can do this.")
