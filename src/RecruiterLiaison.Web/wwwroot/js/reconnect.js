// The reconnect dialog's buttons. A file, not inline handlers: the CSP allows scripts from 'self' only.
document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-reconnect-action]");
    if (!button) {
        return;
    }

    if (button.dataset.reconnectAction === "resume" && window.Blazor?.resumeCircuit) {
        window.Blazor.resumeCircuit().then((resumed) => resumed || location.reload());
    } else {
        location.reload();
    }
});
