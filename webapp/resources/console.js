// The theme switch: the choice is this browser's, kept in a cookie the server reads to pick the stylesheet.
document.addEventListener('DOMContentLoaded', function () {
    // On a phone the sidebar is a menu that starts closed; without script it simply stays open.
    var menu = document.getElementById('navigationMenu');
    if (menu && window.matchMedia('(max-width: 40rem)').matches) {
        menu.removeAttribute('open');
    }
    var button = document.getElementById('themeSwitch');
    if (!button) {
        return;
    }
    button.addEventListener('click', function () {
        var dark = button.getAttribute('aria-pressed') !== 'true';
        document.cookie = 'gatehouse_theme=' + (dark ? 'dark' : 'light') + '; path=/; max-age=31536000; SameSite=Strict';
        window.location.reload();
    });
});
