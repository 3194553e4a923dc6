window.__wscloseOnly = '7c';
